import { httpHandler } from '../../shared/http';
import { created } from '../../shared/reply';
import { scheduleRuns } from '../../use-cases/executions/schedule';
import * as routes from './routes';
import { scheduleView } from './schedule-view';

export const handler = httpHandler(routes.createSchedule, async ({ params, body, principal }) => {
  const schedule = await scheduleRuns(principal, params.agent, body);
  return created({ schedule: scheduleView(schedule) }, `/api/agents/${schedule.agent_id}/schedules/${schedule.id}`);
});
