import { getGraduation } from '../../data/graduations';
import { causeMessage } from '../../domain/executions/flow';
import { fail } from './endings';
import type { GraduationFlowInput, WithError } from './flow-state';

/** Every state's Catch: the graduation ends `error` and its lock is released, so no path ends unrecorded. */
export const handler = async (input: GraduationFlowInput & WithError): Promise<void> => {
  const graduation = await getGraduation(input.agent_id, input.graduation_id);
  if (!graduation || graduation.status !== 'running') return;
  const why = input.error ? `${input.error.Error ?? 'Error'}: ${causeMessage(input.error.Cause).slice(0, 300)}` : 'the flow stopped';
  await fail(graduation, 'error', `the graduation could not finish (${why}); start it again`);
};
