import { getGraduation } from '../../data/graduations';
import type { Graduation } from '../../domain/graduation/model';
import { Conflict } from '../../domain/errors';
import { cancel } from './endings';
import { stopGraduationRun } from '../../adapters/graduation-state-machine';

/**
 * Cancelling a graduation: it is recorded `cancelled` (its lock released) first, then its run is
 * stopped, which stops its exam runs. Whichever ending commits first is the one kept, so a cancel
 * racing the flow's own ending answers 409 when the flow won.
 */
export const cancelGraduation = async (graduation: Graduation, by: string): Promise<Graduation> => {
  const ended = () =>
    new Conflict('INVALID_TRANSITION', `graduation ${graduation.id} has already ended; only a running graduation can be cancelled`);
  if (graduation.status !== 'running' || !(await cancel(graduation, by))) throw ended();
  await stopGraduationRun(graduation.id, `cancelled by ${by}`);
  return (await getGraduation(graduation.agent_id, graduation.id)) ?? graduation;
};
