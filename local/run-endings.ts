import { join, resolve } from 'node:path';
import type { APIGatewayProxyResult } from 'aws-lambda';
import { FLOW_STATUS_CHANGE, flowEndedPattern } from '../lambdas/flows/execution/flow-status-change';
import { LocalEventBus } from './event-bus';
import type { IncomingRequest } from './gateway-event';
import type { HeldStep } from './held-steps';
import type { RunEnded } from './step-functions';
import { runAs } from './iam';
import { type ExecutionTaskDefinition, executionTaskId, FLOW_ENDED_TASK, REAP_RUNS_TASK } from '../lib/flows/execution-tasks';

/**
 * What ends stranded runs, locally: the state machine's status-change events on an in-process
 * default bus (the deployed rule's pattern, the deployed handler), the reaper on a timer and on
 * `POST /local/reaper/tick {"now": "<ISO time>"}`, and — at start — the runs a stopped runtime left
 * active between steps, which nothing is running any more (those it left waiting for approval are
 * resumed instead). Handlers are imported once the environment is set.
 */

export const REAPER_TICK_PATH = '/local/reaper/tick';
const REAP_EVERY_MS = 5 * 60 * 1000;
/** Later than any run's reap time: every active run. */
const END_OF_TIME = '9999-12-31T23:59:59.999Z';

const root = resolve(__dirname, '..');
const executionsModule = <T>(name: string): Promise<T> => import(join(root, 'lambdas', 'flows', 'execution', `${name}.ts`)) as Promise<T>;

type FlowEnded = typeof import('../lambdas/flows/execution/flow-ended');
type ReapRuns = typeof import('../lambdas/flows/execution/reap-runs');
type EndStranded = typeof import('../lambdas/flows/execution/end-stranded');

const asTask = (task: ExecutionTaskDefinition) => ({
  name: executionTaskId(task),
  serves: `function ${task.handler}`,
  access: task.access,
});

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
  const timer = setInterval(() => void reap({}).catch((error: unknown) => log(`reaper tick failed: ${String(error)}`)), REAP_EVERY_MS);
  timer.unref();
  return {
    runEnded: (change) => {
      bus.putEvents({
        Entries: [
          { Source: 'aws.states', DetailType: FLOW_STATUS_CHANGE, Detail: JSON.stringify(change), Resources: [change.executionArn] },
        ],
      });
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

/**
 * Runs still active from the runtime's last life (`--data`): a run whose held step the state machine
 * kept, and which still awaits approval on that step's token, is answered as resumable; every other
 * one was cut off mid-task and is ended failed. Answers the held steps to resume.
 */
export const reconcileLastLife = async (held: readonly HeldStep[], log: (line: string) => void): Promise<HeldStep[]> => {
  const { activeExecutionsDue } = (await import(
    join(root, 'lambdas', 'data', 'active-executions.ts')
  )) as typeof import('../lambdas/data/active-executions');
  const { getExecution } = (await import(join(root, 'lambdas', 'data', 'executions.ts'))) as typeof import('../lambdas/data/executions');
  const { runtimeStopped } = await import('../lambdas/domain/executions/stranded');
  const { endStranded } = await executionsModule<EndStranded>('end-stranded');
  // A run is named by its execution's id.
  const heldByExecution = new Map(held.map((step) => [step.executionArn.slice(step.executionArn.lastIndexOf(':') + 1), step]));
  const resumable: HeldStep[] = [];
  let ended = 0;
  for (const run of await activeExecutionsDue(END_OF_TIME)) {
    const step = heldByExecution.get(run.id);
    const execution = step && (await getExecution(run.agent_id, run.id));
    if (step && execution?.status === 'awaiting_approval' && execution.task_token === step.token) resumable.push(step);
    else if (await endStranded(run, runtimeStopped(), 'local runtime start')) ended += 1;
  }
  if (ended > 0) log(`ended ${ended} execution(s) cut off mid-step when the runtime last stopped`);
  if (resumable.length > 0) log(`resumed ${resumable.length} execution(s) waiting for approval`);
  return resumable;
};
