import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { build } from 'esbuild';

/**
 * dist/: the client as one ESM file for browsers and edge runtimes, the same with its
 * Node additions, the CLI for Node, and type declarations.
 */

const here = new URL('.', import.meta.url).pathname;
rmSync(`${here}dist`, { recursive: true, force: true });
const common = { bundle: true, format: 'esm', target: 'es2022', absWorkingDir: here, logLevel: 'warning' };
await build({ ...common, entryPoints: ['src/index.ts'], outfile: 'dist/index.js', platform: 'neutral' });
// Node-only code (zipping a directory) enters through src/node.ts alone, so the browser client never carries it.
await build({ ...common, entryPoints: ['src/node.ts'], outfile: 'dist/node.js', platform: 'node' });
await build({ ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', platform: 'node' });
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: here, stdio: 'inherit' });
