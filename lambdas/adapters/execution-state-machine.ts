import { SendTaskFailureCommand, SendTaskSuccessCommand, StartExecutionCommand, StopExecutionCommand } from '@aws-sdk/client-sfn';
import type { Execution } from '../domain/executions/model';
import { requiredEnv } from '../shared/env';
import type { FlowStart } from '../flows/execution/flow-state';
import { sfn } from '../data/clients';

/**
 * The execution state machine, as the API and the scheduler drive it: Step Functions deployed, the
 * local runtime's in-process machine locally (through the same SDK calls). Configuration is read on
 * first use, so functions that never start a run need none.
 */

const stateMachineArn = () => requiredEnv('STATE_MACHINE_ARN');

/** An execution's run is named by the execution's id: starting it twice starts it once. */
export const executionRunArn = (executionId: string): string =>
  `${stateMachineArn().replace(':stateMachine:', ':execution:')}:${executionId}`;

export const startRun = async (execution: Pick<Execution, 'workspace_id' | 'agent_id' | 'id'>): Promise<void> => {
  const input: FlowStart = { workspace_id: execution.workspace_id, agent_id: execution.agent_id, execution_id: execution.id };
  await sfn().send(new StartExecutionCommand({ stateMachineArn: stateMachineArn(), name: execution.id, input: JSON.stringify(input) }));
};

/** Stops a run that was cancelled; one that already ended stays as it ended. */
export const stopRun = async (executionId: string, cause: string): Promise<void> => {
  try {
    await sfn().send(new StopExecutionCommand({ executionArn: executionRunArn(executionId), error: 'Cancelled', cause }));
  } catch (error) {
    if ((error as Error).name !== 'ExecutionDoesNotExist') throw error;
  }
};

export type HeldStepAnswer = { approved: true } | { approved: false; error: string; cause: string };

/** Answers the task token of a step held for approval; a token whose wait already ended is ignored. */
export const answerHeldStep = async (taskToken: string, answer: HeldStepAnswer): Promise<void> => {
  try {
    if (answer.approved) await sfn().send(new SendTaskSuccessCommand({ taskToken, output: JSON.stringify({ approved: true }) }));
    else await sfn().send(new SendTaskFailureCommand({ taskToken, error: answer.error, cause: answer.cause }));
  } catch (error) {
    if (!['TaskDoesNotExist', 'TaskTimedOut', 'InvalidToken'].includes((error as Error).name)) throw error;
  }
};
