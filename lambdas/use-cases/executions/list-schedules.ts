import * as schedules from '../../data/schedules';
import type { Schedule } from '../../domain/executions/schedule';
import type { Principal } from '../../shared/principal';
import { loadAgent } from '../agents/authorize';

/**
 * Listing an agent's schedules, the primary course:
 * 1. load the agent the caller can see;
 * 2. read its schedules whole (an agent holds a few).
 */
export const listSchedules = async (principal: Principal, ref: string): Promise<Schedule[]> => {
  const agent = await loadAgent(principal, ref);
  return schedules.listSchedules(agent.id);
};
