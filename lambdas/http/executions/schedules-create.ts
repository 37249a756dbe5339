import { createSchedule as storeSchedule, deleteSchedule } from '../../data/schedules';
import { newSchedule } from '../../domain/executions/schedule';
import { createAgentSchedule } from '../../executions/scheduler';
import { httpHandler } from '../../shared/http';
import { created } from '../../shared/reply';
import { loadAgentFor } from '../../use-cases/agents/authorize';
import { createSchedule } from './routes';
import { scheduleView } from './schedule-view';

export const handler = httpHandler(createSchedule, async ({ params, body, principal }) => {
  const { agent } = await loadAgentFor(principal, params.agent, 'manage');
  const schedule = newSchedule(body, {
    workspaceId: agent.workspace_id,
    agentId: agent.id,
    createdBy: principal.user_id,
    createdByEmail: principal.email,
    now: new Date().toISOString(),
  });
  await storeSchedule(schedule);
  try {
    await createAgentSchedule(schedule);
  } catch (error) {
    // Without its scheduler entry the stored schedule would never fire: take it back.
    await deleteSchedule(agent.id, schedule.id);
    throw error;
  }
  return created({ schedule: scheduleView(schedule) }, `/api/agents/${agent.id}/schedules/${schedule.id}`);
});
