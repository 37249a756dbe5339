import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startPlatform } from '../local/platform';
import { measureListGrowth } from './list-growth';
import { aTenant, devToken } from './tenants';

/**
 * The list growth figures alone (`npx tsx bench/list-growth-run.ts`): the platform with
 * call counting, 100 and 10,000 agents, one table of ratios.
 */

const main = async () => {
  const platform = await startPlatform({
    port: 0,
    host: '127.0.0.1',
    publicRateLimit: Number.MAX_SAFE_INTEGER,
    unthrottled: true,
    countCalls: true,
  });
  try {
    const operator = await devToken(platform.url, 'bench-operator@bench.example.com', true);
    const growth = await measureListGrowth(
      platform.url,
      await aTenant(platform.url, 'list-100', 'enterprise', operator),
      await aTenant(platform.url, 'list-10000', 'enterprise', operator),
    );
    const dir = join(__dirname, 'results');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'list-growth.json'), `${JSON.stringify(growth, null, 2)}\n`);
    console.log(`seeding: ${JSON.stringify(growth.seeding)}`);
    console.table(
      Object.fromEntries(
        Object.entries(growth.pages).map(([name, r]) => [
          name,
          {
            'calls 100': r.small.dynamodb_calls,
            'calls 10k': r.large.dynamodb_calls,
            'p50 ms 100': r.small.latency.p50_ms,
            'p50 ms 10k': r.large.latency.p50_ms,
            'calls ratio': r.calls_ratio,
            'p50 ratio': r.p50_ratio,
          },
        ]),
      ),
    );
  } finally {
    await platform.stop();
  }
};

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
