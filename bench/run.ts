import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleFunctions } from '../lib/build/bundle';
import { startPlatform } from '../local/platform';
import { buildBareHandler, coldInitMs } from './cold-init';
import { measureLatency } from './latency';

/** `npm run bench`: the performance figures of DESIGN.md §7, written to bench/results/latest.json and printed. */

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
const resultsDir = join(__dirname, 'results');
const kib = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

const bundleFigures = async () => {
  const bundles = (await bundleFunctions()).sort((a, b) => a.bytes - b.bytes);
  const largest = bundles[bundles.length - 1];
  const median = bundles[Math.floor(bundles.length / 2)];
  return {
    aws_sdk: 'external (provided by the Lambda runtime)',
    count: bundles.length,
    largest: { id: largest?.id, kib: kib(largest?.bytes ?? 0) },
    median: { id: median?.id, kib: kib(median?.bytes ?? 0) },
    budget_kib: 300,
    per_function_kib: Object.fromEntries(bundles.map((b) => [b.id, kib(b.bytes)])),
    dirs: Object.fromEntries(bundles.map((b) => [b.id, b.dir])),
  };
};

const coldInitFigures = async (dirs: Record<string, string>) => {
  const env = { ...process.env, TABLE_NAME: 'bench', BUCKET_NAME: 'bench', EVENT_BUS_NAME: 'bench', AWS_REGION: 'us-east-1',
    JWT_ISSUER: 'https://issuer.example.com', JWT_AUDIENCE: 'bench', SWAGGER_UI_DIR: '/tmp', POWERTOOLS_LOG_LEVEL: 'SILENT',
    USAGE_PLAN_IDS: JSON.stringify({ free: 'p1', solo: 'p2', team: 'p3', enterprise: 'p4' }) };
  const bare = coldInitMs(await buildBareHandler(join(resultsDir, '.bare')), env);
  const perFunction = Object.entries(dirs).map(([id, dir]) => ({ id, ms: coldInitMs(dir, env) }));
  const worst = perFunction.reduce((a, b) => (b.ms > a.ms ? b : a));
  return {
    method: 'median wall time of `node -e require(bundle)` over 7 fresh processes',
    bare_handler_ms: round(bare, 1),
    worst: { id: worst.id, ms: round(worst.ms, 1), ratio: round(worst.ms / bare) },
    budget_ratio: 1.5,
    per_function: Object.fromEntries(perFunction.map((f) => [f.id, { ms: round(f.ms, 1), ratio: round(f.ms / bare) }])),
  };
};

const main = async () => {
  mkdirSync(resultsDir, { recursive: true });
  const bundles = await bundleFigures();
  const coldInit = await coldInitFigures(bundles.dirs);
  const platform = await startPlatform({ port: 0, host: '127.0.0.1', publicRateLimit: Number.MAX_SAFE_INTEGER });
  let health;
  let gateway;
  try {
    await measureLatency(platform.url, '/api/health', 10, 3); // warm-up: DynamoDB Local's JIT
    health = await measureLatency(platform.url, '/api/health', 50, 5);
    // No store behind it: the local gateway and handler pipeline alone.
    gateway = await measureLatency(platform.url, '/openapi.json', 50, 5);
  } finally {
    await platform.stop();
  }
  const { dirs: _dirs, ...bundleReport } = bundles;
  const report = {
    measured_at: new Date().toISOString(),
    node: process.version,
    bundles: bundleReport,
    cold_init: coldInit,
    latency: {
      note: 'health reads DynamoDB Local and s3rver on every call; openapi.json measures the gateway and pipeline alone',
      health: { ...health, budget_p99_ms: 50 },
      openapi: gateway,
    },
  };
  writeFileSync(join(resultsDir, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.table({
    'largest bundle (KiB)': { value: bundles.largest.kib, which: bundles.largest.id, budget: '≤ 300' },
    'median bundle (KiB)': { value: bundles.median.kib, which: bundles.median.id, budget: '≤ 300' },
    'cold init ratio (worst)': { value: coldInit.worst.ratio, which: coldInit.worst.id, budget: '≤ 1.5' },
    'bare handler init (ms)': { value: coldInit.bare_handler_ms, which: 'bare', budget: '' },
    'health p50 (ms), 50 clients': { value: health.p50_ms, which: '/api/health', budget: '' },
    'health p99 (ms), 50 clients': { value: health.p99_ms, which: '/api/health', budget: '< 50' },
    'health errors / non-2xx': { value: health.errors + health.non_2xx, which: '/api/health', budget: '0' },
    'pipeline p50 (ms), 50 clients': { value: gateway.p50_ms, which: '/openapi.json', budget: '' },
    'pipeline p99 (ms), 50 clients': { value: gateway.p99_ms, which: '/openapi.json', budget: '< 50' },
  });
  console.log('written to bench/results/latest.json');
};

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
