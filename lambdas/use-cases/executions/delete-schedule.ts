import * as schedules from '../../data/schedules';
import { deleteAgentSchedule } from '../../adapters/scheduler';
import type { Principal } from '../../shared/principal';
import { loadAgentWith } from '../agents/authorize';

/**
 * Deleting a schedule, the primary course:
 * 1. load the agent the caller may manage and, beside it, the schedule, which must be the agent's (404 otherwise);
 * 2. delete its scheduler entry first: a schedule that can no longer fire is then simply removed;
 * 3. delete the stored schedule.
 */
export const deleteSchedule = async (principal: Principal, ref: string, scheduleId: string): Promise<void> => {
  const { agent, item } = await loadAgentWith(principal, ref, 'manage', (agentId) => schedules.scheduleRead(agentId, scheduleId));
  if (!item) throw schedules.scheduleNotFound(scheduleId);
  await deleteAgentSchedule(scheduleId);
  await schedules.deleteSchedule(agent.id, scheduleId);
};
