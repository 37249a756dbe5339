import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { build } from 'esbuild';

/** The TypeScript SDK's client as users ship it: one minified ESM bundle, without the type declarations. */

export const sdkBudgetGzipKiB = 15;

export const measureSdkSize = async () => {
  const result = await build({
    entryPoints: [join(__dirname, '..', 'packages', 'sdk', 'src', 'index.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    write: false,
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  const kib = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
  return { minified_kib: kib(code.byteLength), gzip_kib: kib(gzipSync(code).byteLength), budget_gzip_kib: sdkBudgetGzipKiB };
};
