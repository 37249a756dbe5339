import * as executions from '../../data/executions';
import type { ExecutionStatus } from '../../domain/executions/model';
import type { ListRequest } from '../../domain/list-page';
import type { Principal } from '../../shared/principal';
import { loadAgent } from '../agents/authorize';

/**
 * Listing an agent's executions, the primary course:
 * 1. load the agent the caller can see;
 * 2. one page of its executions, newest first, of one status when asked.
 */
export const listExecutions = async (principal: Principal, ref: string, request: ListRequest & { status?: ExecutionStatus }) => {
  const agent = await loadAgent(principal, ref);
  return executions.listExecutions(agent.id, request);
};
