import { deleteSchedule, getSchedule, scheduleNotFound } from '../../data/schedules';
import { deleteAgentSchedule } from '../../adapters/scheduler';
import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { loadAgentFor } from '../../use-cases/agents/authorize';
import * as routes from './routes';

export const handler = httpHandler(routes.deleteSchedule, async ({ params, principal }) => {
  const { agent } = await loadAgentFor(principal, params.agent, 'manage');
  if (!(await getSchedule(agent.id, params.schedule))) throw scheduleNotFound(params.schedule);
  // The scheduler entry first: a schedule that cannot fire any more is then simply removed.
  await deleteAgentSchedule(params.schedule);
  await deleteSchedule(agent.id, params.schedule);
  return ok({ deleted: true, schedule_id: params.schedule });
});
