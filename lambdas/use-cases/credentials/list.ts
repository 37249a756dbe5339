import { credentialEntries } from '../../data/agent-credential-entries';
import type { CredentialEntry } from '../../domain/secrets/credentials';
import type { Principal } from '../../shared/principal';
import { loadAgentFor } from '../agents/authorize';

/**
 * Listing an agent's credentials, the primary course:
 * 1. load the agent the caller may manage;
 * 2. read the names, fingerprints and times its credentials record shows; never the values.
 */
export const listCredentials = async (principal: Principal, ref: string): Promise<CredentialEntry[]> => {
  const { agent } = await loadAgentFor(principal, ref, 'manage');
  return credentialEntries(agent);
};
