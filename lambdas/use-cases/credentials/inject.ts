import { changeAgentCredentials } from '../../data/agent-credentials';
import type { CredentialEntry, CredentialValues } from '../../domain/secrets/credentials';
import type { Principal } from '../../shared/principal';
import { loadAgentFor } from '../agents/authorize';
import { healthOnceCredentialsAre } from '../agents/check-health';

/**
 * Adding or replacing an agent's credentials, the primary course:
 * 1. load the agent the caller may manage;
 * 2. merge the values into its sealed set (403 QUOTA_EXCEEDED past the limit);
 * 3. its health checked again in the same write: what its providers and tools need may now be there.
 */
export const injectCredentials = async (principal: Principal, ref: string, values: CredentialValues): Promise<CredentialEntry[]> => {
  const { agent } = await loadAgentFor(principal, ref, 'manage');
  return changeAgentCredentials(agent, { kind: 'merge', values }, () => healthOnceCredentialsAre(agent));
};
