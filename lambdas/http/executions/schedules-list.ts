import { listSchedules } from '../../data/schedules';
import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { loadAgent } from '../../use-cases/agents/authorize';
import * as routes from './routes';
import { scheduleView } from './schedule-view';

export const handler = httpHandler(routes.listSchedules, async ({ params, principal }) => {
  const agent = await loadAgent(principal, params.agent);
  return ok({ schedules: (await listSchedules(agent.id)).map(scheduleView) });
});
