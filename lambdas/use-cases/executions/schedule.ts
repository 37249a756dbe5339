import * as schedules from '../../data/schedules';
import { newSchedule, type Schedule, type ScheduleRequest } from '../../domain/executions/schedule';
import { createAgentSchedule } from '../../adapters/scheduler';
import type { Principal } from '../../shared/principal';
import { loadAgentFor } from '../agents/authorize';

/**
 * Scheduling an agent's runs, the primary course:
 * 1. load the agent the caller may manage;
 * 2. plan the schedule (domain/executions/schedule.ts) and store it;
 * 3. create its scheduler entry; without one the stored schedule would never fire, so it is taken back.
 */
export const scheduleRuns = async (principal: Principal, ref: string, request: ScheduleRequest): Promise<Schedule> => {
  const { agent } = await loadAgentFor(principal, ref, 'manage');
  const schedule = newSchedule(request, {
    workspaceId: agent.workspace_id,
    agentId: agent.id,
    createdBy: principal.user_id,
    createdByEmail: principal.email,
    now: new Date().toISOString(),
  });
  await schedules.createSchedule(schedule);
  try {
    await createAgentSchedule(schedule);
  } catch (error) {
    await schedules.deleteSchedule(agent.id, schedule.id);
    throw error;
  }
  return schedule;
};
