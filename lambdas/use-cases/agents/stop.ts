import { stopped } from '../../domain/agents/lifecycle';
import type { Principal } from '../../shared/principal';
import { changeRuntime } from './change-runtime';
import type { AgentWithStats } from './with-stats';

/**
 * Stopping an agent, the primary course:
 * 1. the change (change-runtime.ts) to stopped, under the caller's manage rights and `If-Match`, with `agent.stopped`;
 * 2. its statistics, read beside the agent, go with the answer.
 */
export const stopAgent = async (principal: Principal, ref: string, ifMatch: number | undefined): Promise<AgentWithStats> =>
  changeRuntime(principal, ref, ifMatch, stopped, 'agent.stopped');
