import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { credentialsFromEnvironment, DEPLOYED_BUILD_OPTIONS } from '../lib/build/bundle';
import { FUNCTION_NODE_OPTIONS } from '../lib/build/function-bundles';
import { coldInitEnv } from './cold-init-env';

/**
 * Cold init as a fresh Node process sees it: start, load the bundle (its module scope: SDK clients,
 * schemas, config), exit. Compared with a bare `export const handler = async () => ({})` bundle
 * built and measured the same way in the same run, so machine speed cancels out of the ratio.
 */

const RUNS = 7;

/** Each function's init, as a multiple of the bare table handler's (`buildBareTableHandler`). */
export const COLD_INIT_BUDGET = 1.5;

export const buildBareHandler = async (outDir: string): Promise<string> => {
  mkdirSync(outDir, { recursive: true });
  const source = join(outDir, 'bare.ts');
  writeFileSync(source, 'export const handler = async () => ({});\n');
  await build({ ...DEPLOYED_BUILD_OPTIONS, entryPoints: [source], outfile: join(outDir, 'bare', 'index.js') });
  return join(outDir, 'bare');
};

/**
 * The least a function that reads the table loads: the bundled SDK's DynamoDB document client, built
 * and sent one GetItem as every function builds and sends them, bundled as functions are deployed.
 * Since the SDK is bundled (README, "The AWS SDK in the bundles"), this is the floor of every
 * function that touches the table, and the platform's cold-init budget is counted against it.
 */
export const buildBareTableHandler = async (outDir: string): Promise<string> => {
  mkdirSync(outDir, { recursive: true });
  const source = join(outDir, 'bare-table.ts');
  writeFileSync(
    source,
    [
      "import { DynamoDBClient } from '@aws-sdk/client-dynamodb';",
      "import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';",
      'const ddb = DynamoDBDocumentClient.from(new DynamoDBClient({}));',
      'export const handler = async () =>',
      "  (await ddb.send(new GetCommand({ TableName: process.env.TABLE_NAME, Key: { PK: 'P', SK: 'S' } }))).Item ?? {};",
      '',
    ].join('\n'),
  );
  await build({
    ...DEPLOYED_BUILD_OPTIONS,
    entryPoints: [source],
    outfile: join(outDir, 'bare-table', 'index.js'),
    plugins: [credentialsFromEnvironment],
  });
  return join(outDir, 'bare-table');
};

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};

/** Wall time of one fresh `node -e "require(bundle)"`, in milliseconds. */
const loadOnce = (bundleDir: string, env: NodeJS.ProcessEnv): number => {
  const started = performance.now();
  execFileSync(process.execPath, ['-e', `require(${JSON.stringify(join(bundleDir, 'index.js'))})`], { env, stdio: 'ignore' });
  return performance.now() - started;
};

/** Wall time of `node -e "require(bundle)"`, median of several runs, in milliseconds. */
export const coldInitMs = (bundleDir: string, env: NodeJS.ProcessEnv): number =>
  median(Array.from({ length: RUNS }, () => loadOnce(bundleDir, env)));

/**
 * A bundle's init and a baseline's, their runs alternating (baseline, bundle, baseline, …): a shared
 * machine's speed moves by more than the budget's margin within minutes, and alternating lets what
 * moves both cancel out of their ratio.
 */
const pairedMs = (bundleDir: string, baselineDir: string, env: NodeJS.ProcessEnv): { ms: number; baseline: number } => {
  const runs = Array.from({ length: RUNS }, () => [loadOnce(baselineDir, env), loadOnce(bundleDir, env)] as const);
  return { baseline: median(runs.map(([b]) => b)), ms: median(runs.map(([, f]) => f)) };
};

/**
 * Where a self-time sample was spent: the package (or our module) its source maps to; esbuild's
 * module wrappers, which map to nothing, are where V8 compiles and starts each bundled module.
 */
const contributorOf = (
  frame: { url: string; lineNumber: number; columnNumber: number; functionName: string },
  bundle: string,
  map: SourceMap,
) => {
  if (frame.url === '') return `(V8) ${frame.functionName || 'program'}`;
  if (!frame.url.endsWith(bundle))
    return `node:${frame.url
      .replace(/^node:/, '')
      .split('/')
      .slice(0, 2)
      .join('/')}`;
  const source =
    (map.findEntry(frame.lineNumber, frame.columnNumber) as { originalSource?: string }).originalSource ??
    '(bundle: compiling and starting its modules)';
  const inPackage = source.match(/node_modules\/((@[^/]+\/)?[^/]+)/);
  return inPackage ? (inPackage[1] as string) : source.replace(/.*\/(lambdas\/)/, '$1');
};

/**
 * The top contributors to one bundle's init, by CPU self time over several fresh processes
 * (`--cpu-prof`), each sample attributed through the bundle's source map to the package or module
 * whose code ran. Loading the bundle's text (Node's module loader, V8's compile) shows as itself.
 */
export const initContributors = (bundleDir: string, env: NodeJS.ProcessEnv, top = 3): { what: string; ms: number }[] => {
  const profiles = mkdtempSync(join(tmpdir(), 'init-profile-'));
  const bundle = join(bundleDir, 'index.js');
  try {
    for (let i = 0; i < RUNS; i += 1) {
      execFileSync(
        process.execPath,
        ['--cpu-prof', '--cpu-prof-interval', '100', '--cpu-prof-dir', profiles, '-e', `require(${JSON.stringify(bundle)})`],
        {
          env,
          stdio: 'ignore',
        },
      );
    }
    const map = new SourceMap(JSON.parse(readFileSync(`${bundle}.map`, 'utf8')));
    const byContributor = new Map<string, number>();
    for (const file of readdirSync(profiles)) {
      const profile = JSON.parse(readFileSync(join(profiles, file), 'utf8')) as CpuProfile;
      const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
      profile.samples.forEach((id, i) => {
        const node = nodes.get(id);
        if (!node) return;
        const what = contributorOf(node.callFrame, bundle, map);
        byContributor.set(what, (byContributor.get(what) ?? 0) + (profile.timeDeltas[i] ?? 0));
      });
    }
    return [...byContributor]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([what, us]) => ({ what, ms: Math.round(us / RUNS / 100) / 10 }));
  } finally {
    rmSync(profiles, { recursive: true, force: true });
  }
};

interface CpuProfile {
  nodes: { id: number; callFrame: { url: string; lineNumber: number; columnNumber: number; functionName: string } }[];
  samples: number[];
  timeDeltas: number[];
}

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

/** Functions measured between two measurements of the empty handler (the table handler is measured beside each). */
const BARE_EVERY = 10;

/**
 * Every function's init against the bare table handler, their runs alternating (`pairedMs`), and against
 * the empty handler, measured again after every few functions.
 */
export const measureColdInit = async (dirs: Record<string, string>, workDir: string) => {
  const env = coldInitEnv(process.env);
  const bareDir = await buildBareHandler(workDir);
  const tableDir = await buildBareTableHandler(workDir);
  const bares = [coldInitMs(bareDir, env)];
  const measured: { id: string; ms: number | null; bare: number; table: number }[] = [];
  const entries = Object.entries(dirs);
  for (let i = 0; i < entries.length; i += BARE_EVERY) {
    // A bundle that cannot even load is a finding to report, not a reason to lose every other figure.
    const block = entries.slice(i, i + BARE_EVERY).map(([id, dir]) => {
      try {
        const { ms, baseline } = pairedMs(dir, tableDir, env);
        return { id, ms, table: baseline };
      } catch {
        return { id, ms: null, table: Number.NaN };
      }
    });
    const before = bares[bares.length - 1] as number;
    const after = coldInitMs(bareDir, env);
    bares.push(after);
    measured.push(...block.map((f) => ({ ...f, bare: (before + after) / 2 })));
  }
  const perFunction = measured
    .filter((f): f is { id: string; ms: number; bare: number; table: number } => f.ms !== null)
    .map((f) => ({ id: f.id, ms: f.ms, ratio: f.ms / f.bare, ratioToTable: f.ms / f.table }));
  const worst = perFunction.reduce((a, b) => (b.ratioToTable > a.ratioToTable ? b : a));
  const overBudget = perFunction.filter((f) => f.ratioToTable > COLD_INIT_BUDGET).sort((a, b) => b.ratioToTable - a.ratioToTable);
  const tables = measured.map((f) => f.table).filter((t) => !Number.isNaN(t));
  const bare = median(bares);
  const table = median(tables);
  return {
    method:
      `median wall time of \`node -e require(bundle)\` over ${RUNS} fresh processes, NODE_OPTIONS=${FUNCTION_NODE_OPTIONS} as deployed; ` +
      'runs alternating with the bare table handler, each function compared with the runs beside its own',
    bare_handler_ms: round(bare, 1),
    bare_table_handler_ms: round(table, 1),
    bare_table_handler_ratio: round(table / bare),
    /** How far the machine drifted while the figures were taken: the bare table handler's fastest and slowest. */
    bare_table_handler_range_ms: [round(Math.min(...tables), 1), round(Math.max(...tables), 1)],
    budget: `each function ≤ ${COLD_INIT_BUDGET}× the bare table handler (README, "Cold starts")`,
    budget_ratio: COLD_INIT_BUDGET,
    within_budget: perFunction.length - overBudget.length,
    over_budget: overBudget.map((f) => ({ id: f.id, ratio_to_table: round(f.ratioToTable) })),
    worst: {
      id: worst.id,
      ms: round(worst.ms, 1),
      ratio: round(worst.ratio),
      ratio_to_table: round(worst.ratioToTable),
      top_contributors: initContributors(dirs[worst.id] as string, env),
    },
    failed_to_load: measured.filter((f) => f.ms === null).map((f) => f.id),
    per_function: Object.fromEntries(
      perFunction.map((f) => [f.id, { ms: round(f.ms, 1), ratio: round(f.ratio), ratio_to_table: round(f.ratioToTable) }]),
    ),
  };
};
