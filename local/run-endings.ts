import { join, resolve } from 'node:path';
import type { APIGatewayProxyResult } from 'aws-lambda';
import { FLOW_STATUS_CHANGE, flowEndedPattern } from '../lambdas/executions/flow-status-change';
import { LocalEventBus } from './event-bus';
import type { IncomingRequest } from './gateway-event';
import type { RunEnded } from './step-functions';
import { runAs } from './iam';
import { type ExecutionTaskDefinition, executionTaskId, FLOW_ENDED_TASK, REAP_RUNS_TASK } from '../lib/constructs/execution-tasks';

/**
 * What ends stranded runs, locally: the state machine's status-change events on an in-process
 * default bus (the deployed rule's pattern, the deployed handler), the reaper on a timer and on
 * `POST /local/reaper/tick {"now": "<ISO time>"}`, and — at start — the runs a stopped runtime left
 * active, which nothing is running any more. Handlers are imported once the environment is set.
 */

export const REAPER_TICK_PATH = '/local/reaper/tick';
const REAP_EVERY_MS = 5 * 60 * 1000;
/** Later than any run's reap time: every active run. */
const END_OF_TIME = '9999-12-31T23:59:59.999Z';

const root = resolve(__dirname, '..');
const executionsModule = <T>(name: string): Promise<T> => import(join(root, 'lambdas', 'executions', `${name}.ts`)) as Promise<T>;

type FlowEnded = typeof import('../lambdas/executions/flow-ended');
type ReapRuns = typeof import('../lambdas/executions/reap-runs');
type EndStranded = typeof import('../lambdas/executions/end-stranded');

const asTask = (task: ExecutionTaskDefinition) => ({ name: executionTaskId(task), serves: `function ${task.handler}`, access: task.access });

export interface LocalRunEndings {
  /** Hands a run that did not succeed to the bus, as Step Functions does. */
  runEnded: (change: RunEnded) => void;
  handle: (request: IncomingRequest) => Promise<APIGatewayProxyResult | null>;
  stop: () => void;
}

export const startRunEndings = async (stateMachineArn: string, log: (line: string) => void): Promise<LocalRunEndings> => {
  // Step Functions reports to the account's default bus, not the platform's: a bus of its own here too.
  const bus = new LocalEventBus();
  const flowEnded = runAs(asTask(FLOW_ENDED_TASK), (await executionsModule<FlowEnded>('flow-ended')).handler);
  const reap = runAs(asTask(REAP_RUNS_TASK), (await executionsModule<ReapRuns>('reap-runs')).handler);
  bus.addRule(flowEndedPattern(stateMachineArn), (event) =>
    flowEnded({ ...event, version: '0', account: '000000000000', region: 'local' } as Parameters<FlowEnded['handler']>[0]),
  );
  await reconcile(log);
  const timer = setInterval(() => void reap({}).catch((error: unknown) => log(`reaper tick failed: ${String(error)}`)), REAP_EVERY_MS);
  timer.unref();
  return {
    runEnded: (change) => {
      bus.putEvents({ Entries: [{ Source: 'aws.states', DetailType: FLOW_STATUS_CHANGE, Detail: JSON.stringify(change), Resources: [change.executionArn] }] });
    },
    handle: async (request) => {
      if (request.method !== 'POST' || request.path !== REAPER_TICK_PATH) return null;
      const body = JSON.parse(request.body.toString('utf8') || '{}') as { now?: string };
      const result = await reap({ time: body.now ? new Date(body.now).toISOString() : undefined });
      return { statusCode: 200, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(result) };
    },
    stop: () => clearInterval(timer),
  };
};

/** Runs still active from the runtime's last life (`--data`): their flows died with it. */
const reconcile = async (log: (line: string) => void): Promise<void> => {
  const { activeExecutionsDue } = (await import(join(root, 'lambdas', 'data', 'active-executions.ts'))) as typeof import('../lambdas/data/active-executions');
  const { runtimeStopped } = await import('../lambdas/domain/executions/stranded');
  const { endStranded } = await executionsModule<EndStranded>('end-stranded');
  const active = await activeExecutionsDue(END_OF_TIME);
  for (const run of active) await endStranded(run, runtimeStopped(), 'local runtime start');
  if (active.length > 0) log(`ended ${active.length} execution(s) left running when the runtime last stopped`);
};
