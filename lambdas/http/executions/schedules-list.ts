import { listSchedules as schedulesOf } from '../../data/schedules';
import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { loadAgent } from '../../use-cases/agents/authorize';
import { listSchedules } from './routes';
import { scheduleView } from './schedule-view';

export const handler = httpHandler(listSchedules, async ({ params, principal }) => {
  const agent = await loadAgent(principal, params.agent);
  return ok({ schedules: (await schedulesOf(agent.id)).map(scheduleView) });
});
