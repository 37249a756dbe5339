import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleFunctions } from '../lib/build/bundle';
import { measureColdInit } from './cold-init';

/**
 * The cold-init figures alone (`npx tsx bench/cold-init-run.ts`): every function bundled as deployed,
 * each one's init against the baselines measured beside it, and the functions over the budget.
 */

const main = async () => {
  const bundles = await bundleFunctions();
  const dir = join(__dirname, 'results');
  mkdirSync(dir, { recursive: true });
  const figures = await measureColdInit(Object.fromEntries(bundles.map((b) => [b.id, b.dir])), join(dir, '.bare'));
  writeFileSync(join(dir, 'cold-init.json'), `${JSON.stringify(figures, null, 2)}\n`);
  const { per_function: _all, ...summary } = figures;
  console.log(JSON.stringify(summary, null, 2));
};

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
