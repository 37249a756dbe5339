import type { Access } from '../../lambdas/shared/route';
import { GRADUATION_RUN_ENDED_TASK, GRADUATION_TASKS } from './graduation-tasks';

/**
 * The functions of the execution flow, as the route table is for HTTP: the state machine invokes
 * each, CDK bundles and deploys each with exactly its access, and the local runtime runs the same
 * modules in-process for the same states.
 */

export interface ExecutionTaskDefinition {
  /** Module under `lambdas/flows/<flow>` (`lambdas/flows/execution` by default), without extension. */
  handler: string;
  /** The state machine whose task this is: the execution flow unless it names the graduation flow. */
  flow?: 'graduation';
  summary: string;
  access: Access;
  /** Model turns wait on a provider; the rest are a few table writes. */
  timeoutSeconds: number;
  /** Beyond `access`: Bedrock for model turns, plugin functions for tool calls. */
  invokes?: 'bedrock' | 'plugin-functions';
}

export const EXECUTION_TASKS = {
  prepare: {
    handler: 'prepare',
    summary: 'Loads the agent and its assembled context, checks the requested tools and starts the run',
    // Context assembly caches what it assembled in the table; a large prompt is kept in the bucket.
    access: { table: 'write', bucket: 'write' },
    timeoutSeconds: 60,
  },
  modelTurn: {
    handler: 'model-turn',
    summary: "One model turn with the agent's provider",
    // Credentials (an OpenAI-compatible key) are a sealed object in the bucket under a KMS-wrapped key; a large step is kept there too.
    access: { table: 'write', bucket: 'write', secrets: 'read' },
    timeoutSeconds: 300,
    invokes: 'bedrock',
  },
  callTool: {
    handler: 'call-tool',
    summary: 'One tool call, gated by governance',
    access: { table: 'write', bucket: 'write' },
    timeoutSeconds: 90,
    invokes: 'plugin-functions',
  },
  awaitApproval: {
    handler: 'await-approval',
    summary: 'Holds a create/high step for approval with its task token',
    access: { table: 'write', bucket: 'write' },
    timeoutSeconds: 30,
  },
  recordResult: {
    handler: 'record-result',
    summary: 'Records a completed run, its episode and statistics; agent.executed commits with it',
    access: { table: 'write', bucket: 'write' },
    timeoutSeconds: 30,
  },
  recordFailure: {
    handler: 'record-failure',
    summary: 'Records a failed or timed-out run, its episode and statistics; execution.failed commits with it',
    access: { table: 'write', bucket: 'write' },
    timeoutSeconds: 30,
  },
  releaseRun: {
    handler: 'release-run',
    summary: "RecordFailure's Catch: marks the run failed and releases its slot with a minimal write; execution.failed commits with it",
    access: { table: 'write' },
    timeoutSeconds: 30,
  },
} as const satisfies Record<string, ExecutionTaskDefinition>;

export type ExecutionTaskName = keyof typeof EXECUTION_TASKS;

/** The function EventBridge Scheduler invokes for every firing of an agent's schedule. */
export const SCHEDULE_FIRE_TASK: ExecutionTaskDefinition = {
  handler: 'schedule-fire',
  summary: "Starts the execution of one firing of an agent's schedule, once per firing",
  access: { table: 'write', bucket: 'write', executions: 'start', schedules: 'manage' },
  timeoutSeconds: 30,
};

/** Invoked by the rule on the state machine's status-change events (FAILED, TIMED_OUT, ABORTED). */
export const FLOW_ENDED_TASK: ExecutionTaskDefinition = {
  handler: 'flow-ended',
  summary: 'Ends the execution of a state machine run that failed, timed out or was stopped without recording it',
  access: { table: 'write' },
  timeoutSeconds: 30,
};

/** Invoked every few minutes: ends runs still active well past their timeout. */
export const REAP_RUNS_TASK: ExecutionTaskDefinition = {
  handler: 'reap-runs',
  summary: 'Ends runs still active past their timeout plus a margin, releasing their slots',
  access: { table: 'write' },
  timeoutSeconds: 120,
};

/**
 * Ids keep the plural the flows' folders once had (`lambdas/executions`): an id is the function's Lambda
 * name and logical id, so renaming it would replace every deployed flow function.
 */
const FLOW_ID_PART = { execution: 'executions', graduation: 'graduations' } as const;

/** `model-turn` → `flow-executions-model-turn`: bundle directory and construct id, apart from every route's. */
export const executionTaskId = (task: Pick<ExecutionTaskDefinition, 'handler' | 'flow'>): string =>
  `flow-${FLOW_ID_PART[task.flow ?? 'execution']}-${task.handler}`;

export const executionTaskSource = (task: Pick<ExecutionTaskDefinition, 'handler' | 'flow'>): string =>
  `lambdas/flows/${task.flow ?? 'execution'}/${task.handler}.ts`;

export const executionFunctions: readonly ExecutionTaskDefinition[] = [
  ...Object.values(EXECUTION_TASKS),
  SCHEDULE_FIRE_TASK,
  FLOW_ENDED_TASK,
  REAP_RUNS_TASK,
  ...Object.values(GRADUATION_TASKS),
  GRADUATION_RUN_ENDED_TASK,
];

/** One value per task of the state machine (its functions, their placeholder ARNs…). */
export const perTask = <T>(make: (name: ExecutionTaskName) => T): Record<ExecutionTaskName, T> => {
  const names = Object.keys(EXECUTION_TASKS) as ExecutionTaskName[];
  return Object.fromEntries(names.map((name) => [name, make(name)])) as Record<ExecutionTaskName, T>;
};
