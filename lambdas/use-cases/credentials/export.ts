import { credentialEntries } from '../../data/agent-credential-entries';
import { readAgentCredentials } from '../../data/agent-credentials';
import { exportBundle } from '../../domain/secrets/portable-bundle';
import type { Principal } from '../../shared/principal';
import { loadAgentFor } from '../agents/authorize';

/**
 * Exporting an agent's credentials, the primary course:
 * 1. load the agent the caller may manage;
 * 2. unseal its values and seal them again under the passphrase (domain/secrets/portable-bundle.ts);
 * 3. name what the bundle holds.
 */
export const exportCredentials = async (
  principal: Principal,
  ref: string,
  passphrase: string,
): Promise<{ bundle: string; names: string[] }> => {
  const { agent } = await loadAgentFor(principal, ref, 'manage');
  const values = await readAgentCredentials(agent.workspace_id, agent.id);
  const bundle = exportBundle(values, passphrase);
  return { bundle, names: (await credentialEntries(agent)).map((e) => e.name) };
};
