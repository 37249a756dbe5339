import { Duration } from 'aws-cdk-lib';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import {
  Choice,
  Condition,
  Fail,
  type IChainable,
  IntegrationPattern,
  JitterType,
  JsonPath,
  Pass,
  Succeed,
  TaskInput,
  Timeout,
} from 'aws-cdk-lib/aws-stepfunctions';
import { LambdaInvoke } from 'aws-cdk-lib/aws-stepfunctions-tasks';
import type { Construct } from 'constructs';
import { FLOW_ERRORS } from '../../lambdas/domain/executions/flow-errors';
import type { ExecutionTaskName } from '../flows/execution-tasks';

/**
 * The execution flow (DESIGN §4), written once and used twice: deployed as the Standard state
 * machine, and synthesized in-process by the local runtime, which runs this very definition.
 *
 *   Prepare → WhatNext ─ model_turn ───→ ModelTurn ──→ WhatNext
 *                      ├ call_tool ────→ CallTool ───→ WhatNext
 *                      ├ await_approval → AwaitApproval (task token) → CallTool
 *                      └ finish ───────→ RecordResult → Completed
 *   every Catch → RecordFailure → Failed
 *                 └ its own Catch → ReleaseRun (mark failed, free the slot) → Failed
 *
 * Each step's timeout is the time the agent's `timeout_seconds` leaves (`$.remaining_seconds`), so
 * running out ends in a catchable `States.Timeout` → `timed_out`, never an unrecorded execution.
 */

/** The state machine's own ceiling: the longest agent timeout (3600 s) plus time to record the end. */
export const FLOW_CEILING = Duration.seconds(3600 + 15 * 60);

/** Provider throttling: 1, 2, 4, 8, 16 s (full jitter, at most 30 s), then the run fails. */
export const THROTTLING_RETRY = {
  interval: Duration.seconds(1),
  backoffRate: 2,
  maxAttempts: 5,
  maxDelay: Duration.seconds(30),
  jitterStrategy: JitterType.FULL,
};

const RECORDING_TIMEOUT = Timeout.duration(Duration.seconds(60));
const RECORDING_RETRY = { errors: ['States.ALL'], interval: Duration.seconds(2), backoffRate: 2, maxAttempts: 5 };
const remaining = Timeout.at('$.remaining_seconds');

export const executionFlowDefinition = (scope: Construct, functions: Record<ExecutionTaskName, IFunction>): IChainable => {
  const invoke = (id: string, name: ExecutionTaskName, taskTimeout: Timeout) =>
    new LambdaInvoke(scope, id, { lambdaFunction: functions[name], payloadResponseOnly: true, taskTimeout });

  const failed = new Fail(scope, 'Failed', { errorPath: '$.error.Error', causePath: '$.error.Cause' });
  // Recording the failure failed too: a minimal write still ends the run and frees its slot.
  const releaseRun = new LambdaInvoke(scope, 'ReleaseRun', {
    lambdaFunction: functions.releaseRun,
    payloadResponseOnly: true,
    resultPath: JsonPath.DISCARD,
    taskTimeout: RECORDING_TIMEOUT,
  })
    .addRetry(RECORDING_RETRY)
    .next(failed);
  const recordFailure = new LambdaInvoke(scope, 'RecordFailure', {
    lambdaFunction: functions.recordFailure,
    payloadResponseOnly: true,
    resultPath: JsonPath.DISCARD,
    taskTimeout: RECORDING_TIMEOUT,
  })
    .addRetry(RECORDING_RETRY)
    .addCatch(releaseRun, { errors: ['States.ALL'], resultPath: '$.recording_error' })
    .next(failed);
  const catchAll = { errors: ['States.ALL'], resultPath: '$.error' };

  const prepare = invoke('Prepare', 'prepare', RECORDING_TIMEOUT).addCatch(recordFailure, catchAll);
  const modelTurn = invoke('ModelTurn', 'modelTurn', remaining)
    .addRetry({ errors: [FLOW_ERRORS.providerThrottled], ...THROTTLING_RETRY })
    .addCatch(recordFailure, catchAll);
  const callTool = invoke('CallTool', 'callTool', remaining).addCatch(recordFailure, catchAll);
  const awaitApproval = new LambdaInvoke(scope, 'AwaitApproval', {
    lambdaFunction: functions.awaitApproval,
    integrationPattern: IntegrationPattern.WAIT_FOR_TASK_TOKEN,
    payload: TaskInput.fromObject({ state: JsonPath.objectAt('$'), task_token: JsonPath.taskToken }),
    // The answer only says "go on": CallTool reads the approval from the execution itself.
    resultPath: JsonPath.DISCARD,
    taskTimeout: remaining,
  }).addCatch(recordFailure, catchAll);
  const recordResult = invoke('RecordResult', 'recordResult', RECORDING_TIMEOUT)
    .addRetry(RECORDING_RETRY)
    .addCatch(recordFailure, catchAll);
  const unknownNext = new Pass(scope, 'UnknownNext', {
    parameters: {
      'workspace_id.$': '$.workspace_id',
      'agent_id.$': '$.agent_id',
      'execution_id.$': '$.execution_id',
      error: { Error: 'UnknownNextStep', Cause: 'the flow was told to take a step it does not know' },
    },
  }).next(recordFailure);

  const whatNext = new Choice(scope, 'WhatNext')
    .when(Condition.stringEquals('$.next', 'model_turn'), modelTurn)
    .when(Condition.stringEquals('$.next', 'call_tool'), callTool)
    .when(Condition.stringEquals('$.next', 'await_approval'), awaitApproval)
    .when(Condition.stringEquals('$.next', 'finish'), recordResult.next(new Succeed(scope, 'Completed')))
    .otherwise(unknownNext);
  modelTurn.next(whatNext);
  callTool.next(whatNext);
  awaitApproval.next(callTool);
  return prepare.next(whatNext);
};
