import * as files from '../../data/agent-files';
import type { Principal } from '../../shared/principal';
import { loadAgentFor } from '../agents/authorize';

/**
 * Creating an upload URL for a file too large for a request body, the primary course:
 * 1. load the agent the caller may manage;
 * 2. reserve the file's bytes within the tier's storage limit, and presign the PUT.
 */
export const createUpload = async (principal: Principal, ref: string, upload: Omit<files.UploadRequest, 'tier'>) => {
  const { agent } = await loadAgentFor(principal, ref, 'manage');
  return files.createUploadUrl(agent.workspace_id, agent, { ...upload, tier: principal.tier ?? undefined });
};
