import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { listSchedules } from '../../use-cases/executions/list-schedules';
import * as routes from './routes';
import { scheduleView } from './schedule-view';

export const handler = httpHandler(routes.listSchedules, async ({ params, principal }) =>
  ok({ schedules: (await listSchedules(principal, params.agent)).map(scheduleView) }),
);
