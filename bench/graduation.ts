import type { CountedCall, RequestCalls } from '../local/call-counter';
import { type RunningPlatform, startPlatform } from '../local/platform';
import { PRICES } from './prices';
import { mergeIntoLatestResults } from './latest-results';
import { aTenant, devToken, post, type Tenant } from './tenants';

/**
 * One graduation locally (DESIGN §7, issue "graduation flows"): an agent with ten rated runs sits its
 * intern exam of five tasks sampled from them. Reported: its time (the graduation's own created_at →
 * ended_at), the Standard state transitions of its run and of its five exam runs (counted from the
 * local runner's event logs: every state entered, Map iterations' included, and every retry), their
 * Lambda invocations and DynamoDB units (counted by the call counter under each run's ARN), and what
 * those cost deployed at bench/prices.ts. Lambda compute time is left out: local time is not billed time.
 *
 * `npx tsx bench/graduation.ts` runs this alone and updates `graduation` in bench/results/latest.json.
 */

const EXPERIENCE_RUNS = 10;
const DYNAMO_WRITES = /^(PutItem|UpdateItem|DeleteItem|BatchWriteItem|TransactWriteItems)$/;

interface Graduation {
  status: string;
  created_at: string;
  ended_at: string | null;
  exam_tasks: { execution_id: string | null }[];
}

const api = async (apiUrl: string, tenant: Tenant, path: string) => {
  const res = await fetch(`${apiUrl}${path}`, { headers: { Authorization: `Bearer ${tenant.token}` } });
  return ((await res.json()) as { data: Record<string, unknown> }).data;
};

const callsOf = async (apiUrl: string, arn: string): Promise<CountedCall[]> => {
  const res = await fetch(`${apiUrl}/local/calls/${encodeURIComponent(arn)}`);
  return res.ok ? ((await res.json()) as RequestCalls).calls : [];
};

const units = (calls: readonly CountedCall[], writes: boolean) =>
  calls.filter((c) => c.service === 'DynamoDB' && DYNAMO_WRITES.test(c.command) === writes).reduce((sum, c) => sum + (c.capacity ?? 0), 0);

export const measureGraduation = async (platform: RunningPlatform, operator: string) => {
  const tenant = await aTenant(platform.url, 'graduation', 'enterprise', operator);
  const agent = (
    await post(`${platform.url}/api/agents`, { name: 'Graduate', llm_provider: 'local', llm_model: 'local-deterministic' }, tenant.token)
  ).agent as { id: string };
  for (let n = 0; n < EXPERIENCE_RUNS; n += 1) {
    const run = await post(
      `${platform.url}/api/agents/${agent.id}/execute`,
      { task: `Summarize the weekly report ${n}`, mode: 'sync' },
      tenant.token,
    );
    await post(
      `${platform.url}/api/agents/${agent.id}/executions/${String(run.execution_id)}/feedback`,
      { rating: 5, outcome: 'success' },
      tenant.token,
    );
  }
  const started = (await post(`${platform.url}/api/agents/${agent.id}/graduation`, {}, tenant.token)).graduation as unknown as {
    id: string;
  };
  const runArn = platform.flows.graduations.executionArn(started.id);
  const own = await platform.flows.graduations.usage(runArn);
  const all = await platform.flows.graduations.usage(runArn, true);
  // The run has ended; its last task recorded the ending before that.
  const graduation = (await api(platform.url, tenant, `/api/agents/${agent.id}/graduations/${started.id}`)).graduation as Graduation;
  const childArns = graduation.exam_tasks.flatMap((t) =>
    t.execution_id ? [platform.flows.stepFunctions.executionArn(t.execution_id)] : [],
  );
  const calls = (await Promise.all([runArn, ...childArns].map((arn) => callsOf(platform.url, arn)))).flat();
  const transitions = all?.transitions ?? 0;
  const invocations = all?.lambda_invocations ?? 0;
  const readUnits = units(calls, false);
  const writeUnits = units(calls, true);
  const usd = {
    step_functions: transitions * (PRICES.stepFunctionsStandardPerThousandTransitions / 1e3),
    lambda_requests: invocations * (PRICES.lambdaRequestsPerMillion / 1e6),
    dynamodb: readUnits * (PRICES.dynamoDbPerMillionReadUnits / 1e6) + writeUnits * (PRICES.dynamoDbPerMillionWriteUnits / 1e6),
  };
  const total = usd.step_functions + usd.lambda_requests + usd.dynamodb;
  const perThousand = (n: number) => Math.round(n * 1000 * 10000) / 10000;
  return {
    status: graduation.status,
    exam_tasks: graduation.exam_tasks.length,
    duration_ms: graduation.ended_at ? Date.parse(graduation.ended_at) - Date.parse(graduation.created_at) : null,
    state_transitions: { graduation_run: own?.transitions ?? 0, exam_runs: transitions - (own?.transitions ?? 0), total: transitions },
    lambda_invocations: {
      graduation_run: own?.lambda_invocations ?? 0,
      exam_runs: invocations - (own?.lambda_invocations ?? 0),
      total: invocations,
    },
    dynamodb: { calls: calls.filter((c) => c.service === 'DynamoDB').length, read_units: readUnits, write_units: writeUnits },
    usd_per_thousand_graduations: {
      step_functions: perThousand(usd.step_functions),
      lambda_requests: perThousand(usd.lambda_requests),
      dynamodb: perThousand(usd.dynamodb),
      total: perThousand(total),
    },
    note:
      'Standard transitions at the dated price in bench/prices.ts; ' +
      'Lambda compute (GB-seconds) and the model spend of the exam runs are not included; the local provider answers instantly',
  };
};

export type GraduationFigures = Awaited<ReturnType<typeof measureGraduation>>;

export const graduationRows = (g: GraduationFigures) => ({
  'graduation, 5 exam tasks (ms)': { value: g.duration_ms, which: `${g.status}, local provider`, budget: '' },
  'graduation state transitions': {
    value: g.state_transitions.total,
    which: `${g.state_transitions.graduation_run} its own + ${g.state_transitions.exam_runs} of ${g.exam_tasks} exam runs`,
    budget: '',
  },
  '$ per thousand graduations': {
    value: g.usd_per_thousand_graduations.total,
    which:
      `Step Functions ${g.usd_per_thousand_graduations.step_functions}, ` +
      `${g.lambda_invocations.total} Lambda ${g.usd_per_thousand_graduations.lambda_requests}, ` +
      `DynamoDB ${g.dynamodb.read_units} RCU ${g.dynamodb.write_units} WCU ${g.usd_per_thousand_graduations.dynamodb}`,
    budget: '',
  },
});

/** Alone: a platform of its own, the figures merged into latest.json under `graduation`. */
const runAlone = async () => {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  const platform = await startPlatform({
    port: 0,
    host: '127.0.0.1',
    publicRateLimit: Number.MAX_SAFE_INTEGER,
    unthrottled: true,
    countCalls: true,
  });
  try {
    const figures = await measureGraduation(platform, await devToken(platform.url, 'bench-graduation-operator@bench.example.com', true));
    mergeIntoLatestResults('graduation', { measured_at: new Date().toISOString(), ...figures });
    console.table(graduationRows(figures));
    console.log('written to bench/results/latest.json (graduation)');
  } finally {
    await platform.stop();
  }
};

if (require.main === module) {
  runAlone().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
