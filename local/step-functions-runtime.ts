import { join, resolve } from 'node:path';
import type { APIGatewayProxyResult } from 'aws-lambda';
import { executionTaskId, executionTaskSource, SCHEDULE_FIRE_TASK } from '../lib/flows/execution-tasks';
import { GRADUATION_RUN_ENDED_TASK } from '../lib/flows/graduation-tasks';
import { FLOW_STATUS_CHANGE } from '../lambdas/flows/execution/flow-status-change';
import type { IncomingRequest } from './gateway-event';
import { runAs } from './iam';
import { reconcileLastLife, startRunEndings } from './run-endings';
import { LocalScheduler, SCHEDULER_PATH } from './scheduler';
import type { CallCounter } from './call-counter';
import { executionTaskHandlers, graduationTaskHandlers, LocalStepFunctions } from './step-functions';
import { handleStepFunctionsRequest, STEP_FUNCTIONS_PATH } from './step-functions-api';
import { executionFlowDefinition, graduationFlowDefinition } from './step-functions-definition';

/**
 * Executions on the local runtime: the synthesized state machines (executions, and graduations whose
 * exam tasks are child runs of the executions machine) in-process and the in-process
 * scheduler, both behind the SDK calls the handlers make deployed (`/__aws/states`,
 * `/__aws/scheduler` on the local server). The names are the local counterparts of the deployed ones.
 */

const ACCOUNT = '000000000000';
const REGION = 'us-east-1';
export const LOCAL_STATE_MACHINE_ARN = `arn:aws:states:${REGION}:${ACCOUNT}:stateMachine:agent-platform-local-executions`;
export const LOCAL_GRADUATION_STATE_MACHINE_ARN = `arn:aws:states:${REGION}:${ACCOUNT}:stateMachine:agent-platform-local-graduations`;
export const LOCAL_SCHEDULE_TARGET_ARN = `arn:aws:lambda:${REGION}:${ACCOUNT}:function:agent-platform-local-schedule-fire`;

/** What the handlers read to reach the state machine and the scheduler; set before they load. */
export const localExecutionsEnvironment = (apiUrl: string): Record<string, string> => ({
  AWS_ENDPOINT_URL_SFN: `${apiUrl}${STEP_FUNCTIONS_PATH}`,
  AWS_ENDPOINT_URL_SCHEDULER: `${apiUrl}${SCHEDULER_PATH}`,
  STATE_MACHINE_ARN: LOCAL_STATE_MACHINE_ARN,
  GRADUATION_STATE_MACHINE_ARN: LOCAL_GRADUATION_STATE_MACHINE_ARN,
  SCHEDULE_GROUP_NAME: 'agent-platform-local',
  SCHEDULE_TARGET_ARN: LOCAL_SCHEDULE_TARGET_ARN,
  SCHEDULER_ROLE_ARN: `arn:aws:iam::${ACCOUNT}:role/agent-platform-local-scheduler`,
});

export interface LocalExecutions {
  stepFunctions: LocalStepFunctions;
  graduations: LocalStepFunctions;
  scheduler: LocalScheduler;
  /** The answer to a request for one of the two services (or the scheduler's or the reaper's test tick); null otherwise. */
  handle: (request: IncomingRequest) => Promise<APIGatewayProxyResult | null>;
  stop: () => void;
}

export interface LocalExecutionsOptions {
  /** `--data`: runs waiting for approval are kept there, and resumed when the runtime starts again. */
  dataDir?: string;
  /** The call counter's scope (`--count-calls`), under which each run's task invocations are counted by run ARN. */
  countCalls?: CallCounter['within'];
}

export const startLocalExecutions = async (log: (line: string) => void, options: LocalExecutionsOptions = {}): Promise<LocalExecutions> => {
  const { dataDir, countCalls } = options;
  const countCallsAs = countCalls ? <T>(arn: string, work: () => Promise<T>) => countCalls(arn, 'state machine run', work) : undefined;
  const endings = await startRunEndings(LOCAL_STATE_MACHINE_ARN, log);
  const stepFunctions = new LocalStepFunctions({
    stateMachineArn: LOCAL_STATE_MACHINE_ARN,
    definition: await executionFlowDefinition(),
    handlerFor: await executionTaskHandlers(),
    onRunEnded: endings.runEnded,
    countCallsAs,
    heldStepsFile: dataDir && join(dataDir, 'held-steps.json'),
  });
  stepFunctions.resume(await reconcileLastLife(stepFunctions.heldInLastLife(), log));
  const { handler: runEnded } = (await import(join(resolve(__dirname, '..'), executionTaskSource(GRADUATION_RUN_ENDED_TASK)))) as {
    handler: (event: unknown) => Promise<void>;
  };
  const graduationRunEnded = runAs(
    {
      name: executionTaskId(GRADUATION_RUN_ENDED_TASK),
      serves: 'function graduations run-ended',
      access: GRADUATION_RUN_ENDED_TASK.access,
    },
    runEnded,
  );
  const graduations = new LocalStepFunctions({
    stateMachineArn: LOCAL_GRADUATION_STATE_MACHINE_ARN,
    definition: await graduationFlowDefinition(),
    handlerFor: await graduationTaskHandlers(),
    childMachine: stepFunctions,
    countCallsAs,
    // What the rule on the graduation machine's status-change events does deployed.
    onRunEnded: (detail) =>
      void graduationRunEnded({ 'detail-type': FLOW_STATUS_CHANGE, source: 'aws.states', detail } as never).catch((error: Error) =>
        log(`graduation run ending failed: ${error.message}`),
      ),
  });
  const { handler } = (await import(join(resolve(__dirname, '..'), executionTaskSource(SCHEDULE_FIRE_TASK)))) as {
    handler: (event: unknown) => Promise<unknown>;
  };
  const fire = runAs(
    { name: executionTaskId(SCHEDULE_FIRE_TASK), serves: 'function schedule-fire', access: SCHEDULE_FIRE_TASK.access },
    handler,
  );
  const scheduler = new LocalScheduler({
    invoke: (arn, event) => (arn === LOCAL_SCHEDULE_TARGET_ARN ? fire(event) : Promise.reject(new Error(`no local function ${arn}`))),
    log,
  });
  scheduler.start();
  return {
    stepFunctions,
    graduations,
    scheduler,
    handle: async (request) => {
      if (request.method === 'POST' && request.path.startsWith(STEP_FUNCTIONS_PATH))
        return handleStepFunctionsRequest([stepFunctions, graduations], request);
      return (await endings.handle(request)) ?? scheduler.handle(request);
    },
    stop: () => {
      endings.stop();
      scheduler.stop();
      graduations.stopAll();
      stepFunctions.stopAll();
    },
  };
};
