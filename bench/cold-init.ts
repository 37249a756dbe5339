import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

/**
 * Cold init as a fresh Node process sees it: start, load the bundle (its module scope: SDK clients,
 * schemas, config), exit. Compared with a bare `export const handler = async () => ({})` bundle
 * measured the same way in the same run, so machine speed cancels out of the ratio.
 */

const RUNS = 7;

export const buildBareHandler = async (outDir: string): Promise<string> => {
  mkdirSync(outDir, { recursive: true });
  const source = join(outDir, 'bare.ts');
  writeFileSync(source, 'export const handler = async () => ({});\n');
  await build({
    entryPoints: [source],
    outfile: join(outDir, 'bare', 'index.js'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    minify: true,
  });
  return join(outDir, 'bare');
};

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};

/** Wall time of `node -e "require(bundle)"`, median of several runs, in milliseconds. */
export const coldInitMs = (bundleDir: string, env: NodeJS.ProcessEnv): number => {
  const script = `require(${JSON.stringify(join(bundleDir, 'index.js'))})`;
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const started = performance.now();
    execFileSync(process.execPath, ['-e', script], { env, stdio: 'ignore' });
    times.push(performance.now() - started);
  }
  return median(times);
};
