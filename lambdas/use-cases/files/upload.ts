import * as files from '../../data/agent-files';
import type { Principal } from '../../shared/principal';
import { loadAgentFor } from '../agents/authorize';

/**
 * Writing one of an agent's files from the request body, the primary course:
 * 1. load the agent the caller may manage;
 * 2. write the file (its own, or into a folder it mounts for writing) within the tier's storage limit.
 */
export const uploadFile = async (principal: Principal, ref: string, path: string, body: Buffer, contentType: string | undefined) => {
  const { agent } = await loadAgentFor(principal, ref, 'manage');
  return files.writeAgentFile(agent.workspace_id, agent, path, body, { actor: 'user', contentType, tier: principal.tier ?? undefined });
};
