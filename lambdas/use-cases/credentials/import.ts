import { changeAgentCredentials } from '../../data/agent-credentials';
import type { CredentialEntry, CredentialValues } from '../../domain/secrets/credentials';
import type { Principal } from '../../shared/principal';
import { loadAgentFor } from '../agents/authorize';
import { healthOnceCredentialsAre } from '../agents/check-health';

/**
 * Importing an exported bundle, the primary course:
 * 1. load the agent the caller may manage;
 * 2. open the bundle whole (`open`: 422 INVALID_BUNDLE writes nothing), only now that the caller is known,
 *    as its key derivation is costly;
 * 3. merge its values into the agent's sealed set, or replace the set with them, its health checked again in the same write.
 */
export const importCredentials = async (
  principal: Principal,
  ref: string,
  mode: 'merge' | 'replace',
  open: () => CredentialValues,
): Promise<CredentialEntry[]> => {
  const { agent } = await loadAgentFor(principal, ref, 'manage');
  const values = open();
  return changeAgentCredentials(agent, { kind: mode, values }, () => healthOnceCredentialsAre(agent));
};
