import { revokeAccess } from '../../data/agent-access';
import type { AccessLevel } from '../../domain/agents/access';
import type { Principal } from '../../shared/principal';
import { loadAgentFor } from '../agents/authorize';

/**
 * Taking back an email's access to an agent (a share, or an agent admin), the primary course:
 * 1. load the agent the caller may manage;
 * 2. delete the email's entry when it holds one of `levels` (404 otherwise).
 */
export const revoke = async (principal: Principal, ref: string, email: string, levels: readonly AccessLevel[]): Promise<void> => {
  const { agent } = await loadAgentFor(principal, ref, 'manage');
  await revokeAccess(agent.id, email, levels);
};
