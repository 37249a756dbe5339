/**
 * Execution figures (DESIGN §7): the overhead of a sync execute with the `local` provider — the
 * request's latency minus the time its model turns took — and executions per second locally
 * (sync executes back to back on several connections, one enterprise workspace each so no
 * workspace nears its per-minute rate). Appended to bench/results/latest.json as `executions`.
 */

const OVERHEAD_RUNS = 200;
const WARM_UP_RUNS = 20;
const THROUGHPUT_WORKERS = 10;
const THROUGHPUT_SECONDS = 10;

interface Runner {
  token: string;
  agentId: string;
}

const call = async (url: string, method: string, body: unknown, token?: string) => {
  const res = await fetch(url, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  // Bench reads what it needs out of the envelope; the API tests check the shapes.
  return { status: res.status, json: (await res.json()) as { data: Record<string, unknown> } };
};

const tokenFor = async (apiUrl: string, email: string, platformAdmin = false) =>
  String((await call(`${apiUrl}/local/token`, 'POST', { email, platform_admin: platformAdmin })).json.data.token);

/** A user with an enterprise workspace and an agent on the local provider. */
const aRunner = async (apiUrl: string, name: string, operator: string): Promise<Runner> => {
  const token = await tokenFor(apiUrl, `${name}-${Date.now().toString(36)}@bench.example.com`);
  const workspace = (await call(`${apiUrl}/api/workspaces`, 'POST', { name }, token)).json.data.workspace as { id: string };
  await call(`${apiUrl}/api/workspaces/${workspace.id}`, 'PATCH', { tier: 'enterprise' }, operator);
  const agent = (
    await call(`${apiUrl}/api/agents`, 'POST', { name: `${name} agent`, llm_provider: 'local', llm_model: 'local-deterministic' }, token)
  ).json.data.agent as { id: string };
  return { token, agentId: agent.id };
};

type Steps = { type: string; duration_ms: number }[];

const executeOnce = async (apiUrl: string, runner: Runner) => {
  const started = performance.now();
  const { status, json } = await call(
    `${apiUrl}/api/agents/${runner.agentId}/execute`,
    'POST',
    { task: 'Summarize the quarter', mode: 'sync' },
    runner.token,
  );
  const latency = performance.now() - started;
  const model = ((json.data?.steps ?? []) as Steps).filter((s) => s.type === 'model').reduce((sum, s) => sum + s.duration_ms, 0);
  return { ok: status === 200 && json.data?.status === 'completed', latency, model };
};

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round((sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? 0) * 10) / 10;
};

export const measureExecutions = async (apiUrl: string) => {
  const operator = await tokenFor(apiUrl, 'bench-exec-operator@bench.example.com', true);
  const runners = await Promise.all(Array.from({ length: THROUGHPUT_WORKERS }, (_, i) => aRunner(apiUrl, `exec-${i}`, operator)));
  const [first] = runners as [Runner];
  for (let i = 0; i < WARM_UP_RUNS; i += 1) await executeOnce(apiUrl, first);

  const runs = [];
  for (let i = 0; i < OVERHEAD_RUNS; i += 1) runs.push(await executeOnce(apiUrl, first));
  const overheads = runs.map((r) => r.latency - r.model);

  const until = performance.now() + THROUGHPUT_SECONDS * 1000;
  const counts = await Promise.all(
    runners.map(async (runner) => {
      let done = 0;
      let failed = 0;
      while (performance.now() < until) (await executeOnce(apiUrl, runner)).ok ? (done += 1) : (failed += 1);
      return { done, failed };
    }),
  );
  const completed = counts.reduce((sum, c) => sum + c.done, 0);
  return {
    sync_overhead: {
      method:
        `${OVERHEAD_RUNS} sequential sync executes (local provider) after ${WARM_UP_RUNS} warm-up runs: ` +
        "request latency minus the model turns' own time",
      runs: OVERHEAD_RUNS,
      p50_ms: percentile(overheads, 0.5),
      p99_ms: percentile(overheads, 0.99),
      model_p50_ms: percentile(
        runs.map((r) => r.model),
        0.5,
      ),
      failed: runs.filter((r) => !r.ok).length,
      budget_p50_ms: 100,
    },
    throughput: {
      method:
        `${THROUGHPUT_WORKERS} connections running sync executes back to back for ${THROUGHPUT_SECONDS} s, ` +
        'one enterprise workspace each',
      executions_per_second: Math.round((completed / THROUGHPUT_SECONDS) * 10) / 10,
      completed,
      failed: counts.reduce((sum, c) => sum + c.failed, 0),
    },
  };
};

/** The figures as rows of the table `npm run bench` prints. */
export const executionRows = (figures: Awaited<ReturnType<typeof measureExecutions>>) => ({
  'sync execute overhead p50 (ms)': { value: figures.sync_overhead.p50_ms, which: 'local provider, minus model time', budget: '< 100' },
  'sync execute overhead p99 (ms)': { value: figures.sync_overhead.p99_ms, which: 'local provider, minus model time', budget: '' },
  'executions / second': { value: figures.throughput.executions_per_second, which: `${THROUGHPUT_WORKERS} connections, sync`, budget: '' },
  'execution failures': {
    value: figures.sync_overhead.failed + figures.throughput.failed,
    which: 'overhead + throughput runs',
    budget: '0',
  },
});
