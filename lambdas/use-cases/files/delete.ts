import * as files from '../../data/agent-files';
import type { Principal } from '../../shared/principal';
import { loadAgentFor } from '../agents/authorize';

/**
 * Deleting one of an agent's files, the primary course:
 * 1. load the agent the caller may manage;
 * 2. delete the file (its own, or one in a folder it mounts for writing) and refund what it was charged.
 */
export const deleteFile = async (principal: Principal, ref: string, path: string): Promise<{ path: string }> => {
  const { agent } = await loadAgentFor(principal, ref, 'manage');
  return files.deleteAgentFile(agent.workspace_id, agent, path, { actor: 'user' });
};
