import { entriesOf } from '../../data/agent-access';
import type { AccessEntry, AccessLevel } from '../../domain/agents/access';
import type { Principal } from '../../shared/principal';
import { loadAgentFor } from '../agents/authorize';

/**
 * Who holds access to an agent at the given levels (its shares: `use` and `view`; its admins), the primary course:
 * 1. load the agent the caller may read;
 * 2. its access entries at those levels.
 */
export const listAccess = async (principal: Principal, ref: string, levels: readonly AccessLevel[]): Promise<AccessEntry[]> => {
  const { agent } = await loadAgentFor(principal, ref, 'read');
  return entriesOf(agent.id, levels);
};
