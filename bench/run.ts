import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleFunctions } from '../lib/build/bundle';
import { BUNDLE_BUDGET_KIB, bundleBudgetKib, LARGER_BUNDLE_BUDGETS_KIB } from '../lib/build/bundle-budget';
import { startPlatform } from '../local/platform';
import { COLD_INIT_BUDGET, measureColdInit } from './cold-init';
import { executionRows, measureExecutions } from './executions';
import { measureCrudMix } from './crud-mix';
import { graduationRows, measureGraduation } from './graduation';
import { measureLatency } from './latency';
import { measureListGrowth } from './list-growth';
import { measureOutbox } from './outbox';
import { measureRouteCosts } from './route-costs';
import { measureSdkSize } from './sdk-size';
import { measureThroughput } from './throughput';
import { aTenant, devToken } from './tenants';
import { measureWebhookLatency } from './webhooks';

/** `npm run bench`: the performance figures of DESIGN.md §7, written to bench/results/latest.json and printed. */

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
const resultsDir = join(__dirname, 'results');
const kib = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

/**
 * The bundles are copied aside as soon as they are built: dist/ is rebuilt by every synth and test
 * run, and cold init (minutes of fresh processes) must load the code that was measured for size.
 */
const bundleFigures = async (copiesDir: string) => {
  const bundles = (await bundleFunctions()).sort((a, b) => a.bytes - b.bytes);
  for (const b of bundles) cpSync(b.dir, join(copiesDir, b.id), { recursive: true });
  const largest = bundles[bundles.length - 1];
  const median = bundles[Math.floor(bundles.length / 2)];
  return {
    aws_sdk: 'bundled (the version of package-lock.json)',
    count: bundles.length,
    largest: { id: largest?.id, kib: kib(largest?.bytes ?? 0) },
    median: { id: median?.id, kib: kib(median?.bytes ?? 0) },
    // DESIGN §7 with the AWS SDK bundled; two documented exceptions (lib/build/bundle-budget.ts).
    budget_kib: BUNDLE_BUDGET_KIB,
    over_budget: bundles.filter((b) => b.bytes > bundleBudgetKib(b.id) * 1024).map((b) => b.id),
    per_function_kib: Object.fromEntries(bundles.map((b) => [b.id, kib(b.bytes)])),
    dirs: Object.fromEntries(bundles.map((b) => [b.id, join(copiesDir, b.id)])),
  };
};

const main = async () => {
  mkdirSync(resultsDir, { recursive: true });
  // Inside the repository's ignored dist/, beside the bundles it copies.
  mkdirSync(join(__dirname, '..', 'dist'), { recursive: true });
  const copiesDir = mkdtempSync(join(__dirname, '..', 'dist', 'bench-functions-'));
  const bundles = await bundleFigures(copiesDir);
  const coldInit = await measureColdInit(bundles.dirs, join(resultsDir, '.bare'));
  const sdk = await measureSdkSize();
  rmSync(copiesDir, { recursive: true, force: true });
  const platform = await startPlatform({
    port: 0,
    host: '127.0.0.1',
    publicRateLimit: Number.MAX_SAFE_INTEGER,
    unthrottled: true,
    countCalls: true,
  });
  let health;
  let gateway;
  let crudMix;
  let throughput;
  let listGrowth;
  let executions;
  let webhooks;
  let outbox;
  let routeCosts;
  let graduation;
  try {
    await measureLatency(platform.url, '/api/health', 10, 3); // warm-up: DynamoDB Local's JIT
    health = await measureLatency(platform.url, '/api/health', 50, 5);
    // No store behind it: the local gateway and handler pipeline alone.
    gateway = await measureLatency(platform.url, '/openapi.json', 50, 5);
    const operator = await devToken(platform.url, 'bench-operator@bench.example.com', true);
    // One enterprise workspace per connection, so no workspace nears its per-minute rate.
    const mixTenants = await Promise.all(Array.from({ length: 50 }, (_, i) => aTenant(platform.url, `mix-${i}`, 'enterprise', operator)));
    crudMix = await measureCrudMix(platform.url, mixTenants, 50, 2);
    const throughputTenant = await aTenant(platform.url, 'throughput', 'enterprise', operator);
    // Uncounted, as deployed: counting adds a consumed-capacity figure to every call and records each one.
    throughput = await platform.uncounted(() =>
      measureThroughput(platform.url, { endpoint: platform.dynamoEndpoint, tableName: platform.tableName }, throughputTenant),
    );
    listGrowth = await measureListGrowth(
      platform.url,
      await aTenant(platform.url, 'list-100', 'enterprise', operator),
      await aTenant(platform.url, 'list-10000', 'enterprise', operator),
    );
    executions = await measureExecutions(platform.url);
    webhooks = await measureWebhookLatency(platform.url, await aTenant(platform.url, 'webhooks', 'enterprise', operator));
    outbox = await measureOutbox(platform.bus);
    routeCosts = await measureRouteCosts(platform.url, await aTenant(platform.url, 'priced', 'enterprise', operator));
    graduation = await measureGraduation(platform, operator);
  } finally {
    await platform.stop();
  }
  const { dirs: _dirs, ...bundleReport } = bundles;
  const report = {
    measured_at: new Date().toISOString(),
    node: process.version,
    bundles: bundleReport,
    sdk_client: sdk,
    cold_init: coldInit,
    latency: {
      note: 'health reads DynamoDB Local and s3rver on every call; openapi.json measures the gateway and pipeline alone',
      health: { ...health, budget_p99_ms: 50 },
      openapi: gateway,
      crud_mix: { ...crudMix, budget_p99_ms: 50 },
    },
    throughput,
    list_growth: listGrowth,
    executions,
    webhooks: { commit_to_webhook_received: webhooks },
    outbox,
    route_costs: routeCosts,
    graduation,
  };
  writeFileSync(join(resultsDir, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.table({
    'largest bundle (KiB)': {
      value: bundles.largest.kib,
      which: bundles.largest.id,
      budget: `≤ ${BUNDLE_BUDGET_KIB}, ${Object.keys(LARGER_BUNDLE_BUDGETS_KIB).length} exceptions`,
    },
    'median bundle (KiB)': { value: bundles.median.kib, which: bundles.median.id, budget: `≤ ${BUNDLE_BUDGET_KIB}` },
    'SDK client gzipped (KiB)': {
      value: sdk.gzip_kib,
      which: `@agent-platform/sdk, ${sdk.minified_kib} KiB minified`,
      budget: `≤ ${sdk.budget_gzip_kib}`,
    },
    'cold init, worst / bare table handler': {
      value: coldInit.worst.ratio_to_table,
      which: `${coldInit.worst.id} (${coldInit.worst.ratio}× the bare handler)`,
      budget: `≤ ${COLD_INIT_BUDGET}`,
    },
    'functions within the cold-init budget': {
      value: `${coldInit.within_budget} of ${coldInit.within_budget + coldInit.over_budget.length}`,
      which: coldInit.over_budget.map((f) => `${f.id} ${f.ratio_to_table}`).join(', '),
      budget: 'all but 2',
    },
    'bare handler init (ms)': { value: coldInit.bare_handler_ms, which: 'bare', budget: '' },
    'bare table handler init (ms)': {
      value: coldInit.bare_table_handler_ms,
      which: `${coldInit.bare_table_handler_ratio}× bare: the bundled SDK's document client, one GetItem`,
      budget: '',
    },
    'bundles that fail to load': { value: coldInit.failed_to_load.length, which: coldInit.failed_to_load.join(', '), budget: '0' },
    'health p50 (ms), 50 clients': { value: health.p50_ms, which: '/api/health', budget: '' },
    'health p99 (ms), 50 clients': { value: health.p99_ms, which: '/api/health', budget: '< 50' },
    'health errors / non-2xx': { value: health.errors + health.non_2xx, which: '/api/health', budget: '0' },
    'pipeline p50 (ms), 50 clients': { value: gateway.p50_ms, which: '/openapi.json', budget: '' },
    'pipeline p99 (ms), 50 clients': { value: gateway.p99_ms, which: '/openapi.json', budget: '< 50' },
    'CRUD mix p50 (ms), 50 clients': { value: crudMix.p50_ms, which: 'create/get/patch/list/delete', budget: '' },
    'CRUD mix p99 (ms), 50 clients': { value: crudMix.p99_ms, which: 'create/get/patch/list/delete', budget: '< 50' },
    'CRUD mix requests/s': { value: crudMix.requests_per_second, which: `${crudMix.workspaces} enterprise workspaces`, budget: '' },
    'CRUD mix errors / non-2xx': { value: crudMix.errors + crudMix.non_2xx, which: 'create/get/patch/list/delete', budget: '0' },
    'GET agent / bare GetItem throughput, 50 clients': {
      value: throughput.ratio,
      which: `${throughput.api_get_agent_per_second} vs ${throughput.bare_get_item_per_second} per s`,
      budget: `≥ ${throughput.budget_ratio}`,
    },
    ...Object.fromEntries(
      Object.entries(crudMix.per_operation).map(([op, f]) => [
        `  ${op} p50 / p99 (ms)`,
        { value: `${f.p50_ms} / ${f.p99_ms}`, which: `${f.requests} requests`, budget: '' },
      ]),
    ),
    'list calls ratio 10,000 / 100 (worst page)': {
      value: listGrowth.worst_calls_ratio.ratio,
      which: listGrowth.worst_calls_ratio.name,
      budget: '≤ 1.5',
    },
    'list p50 ratio 10,000 / 100 (worst page)': {
      value: listGrowth.worst_p50_ratio.ratio,
      which: listGrowth.worst_p50_ratio.name,
      budget: '≤ 1.5',
    },
    ...executionRows(executions),
    'commit → webhook received p50 / p99 (ms)': {
      value: `${webhooks.p50_ms} / ${webhooks.p99_ms}`,
      which: `${webhooks.samples} agents created, receiver on 127.0.0.1`,
      budget: '',
    },
    ...graduationRows(graduation),
    'events/s through the outbox': {
      value: outbox.events_per_second,
      which: `commit → bus p50 ${outbox.commit_to_bus_p50_ms} ms, p99 ${outbox.commit_to_bus_p99_ms} ms`,
      budget: '',
    },
    ...Object.fromEntries(
      routeCosts.routes.slice(0, 10).map((r) => [
        `$ per million: ${r.route}`,
        {
          value: r.usd_per_million,
          which: `DynamoDB ${Object.entries(r.dynamodb_calls)
            .map(([c, n]) => `${c}×${n}`)
            .join(' ')} in ${r.dynamodb_round_trips} trips, ${r.lambda_invocations} Lambda`,
          budget: '',
        },
      ]),
    ),
  });
  console.log('written to bench/results/latest.json');
};

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
