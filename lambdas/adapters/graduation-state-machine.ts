import { StartExecutionCommand, StopExecutionCommand } from '@aws-sdk/client-sfn';
import { sfn } from '../data/clients';
import { requiredEnv } from '../shared/env';
import type { GraduationFlowInput } from '../flows/graduation/flow-state';

/**
 * The graduation state machine, as the API drives it (the local runtime's in-process machine
 * locally, through the same SDK calls). A graduation's run is named by the graduation's id.
 */

const stateMachineArn = () => requiredEnv('GRADUATION_STATE_MACHINE_ARN');

export const graduationRunArn = (graduationId: string): string =>
  `${stateMachineArn().replace(':stateMachine:', ':execution:')}:${graduationId}`;

export const startGraduationRun = async (input: GraduationFlowInput): Promise<void> => {
  await sfn().send(
    new StartExecutionCommand({ stateMachineArn: stateMachineArn(), name: input.graduation_id, input: JSON.stringify(input) }),
  );
};

/** Stops a graduation's run and, with it, its exam runs; one that already ended stays as it ended. */
export const stopGraduationRun = async (graduationId: string, cause: string): Promise<void> => {
  try {
    await sfn().send(new StopExecutionCommand({ executionArn: graduationRunArn(graduationId), error: 'Cancelled', cause }));
  } catch (error) {
    if ((error as Error).name !== 'ExecutionDoesNotExist') throw error;
  }
};
