import { changeAgentCredentials } from '../../data/agent-credentials';
import type { Principal } from '../../shared/principal';
import { loadAgentFor } from '../agents/authorize';
import { healthOnceCredentialsAre } from '../agents/check-health';

/**
 * Removing one of an agent's credentials, the primary course:
 * 1. load the agent the caller may manage;
 * 2. remove the value from its sealed set (404 CREDENTIAL_NOT_FOUND when it holds none by that name);
 * 3. its health checked again in the same write: a provider or tool may now lack what it needs.
 */
export const removeCredential = async (principal: Principal, ref: string, name: string): Promise<void> => {
  const { agent } = await loadAgentFor(principal, ref, 'manage');
  await changeAgentCredentials(agent, { kind: 'remove', name }, () => healthOnceCredentialsAre(agent));
};
