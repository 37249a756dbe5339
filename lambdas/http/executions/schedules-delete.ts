import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { deleteSchedule } from '../../use-cases/executions/delete-schedule';
import * as routes from './routes';

export const handler = httpHandler(routes.deleteSchedule, async ({ params, principal }) => {
  await deleteSchedule(principal, params.agent, params.schedule);
  return ok({ deleted: true, schedule_id: params.schedule });
});
