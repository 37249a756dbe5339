import * as files from '../../data/agent-files';
import type { Principal } from '../../shared/principal';
import { loadAgent } from '../agents/authorize';

/**
 * Downloading one of an agent's files, the primary course:
 * 1. load the agent the caller may read;
 * 2. a short-lived URL that downloads the file (its own, or one in a folder it mounts) straight from S3.
 */
export const fileDownload = async (principal: Principal, ref: string, path: string) => {
  const agent = await loadAgent(principal, ref);
  return files.downloadUrl(agent.workspace_id, agent.id, path);
};
