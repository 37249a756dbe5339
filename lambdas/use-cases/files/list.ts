import * as files from '../../data/agent-files';
import type { Principal } from '../../shared/principal';
import { loadAgent } from '../agents/authorize';

/**
 * Listing an agent's files, the primary course:
 * 1. load the agent the caller may read;
 * 2. one page of its files under the prefix, with the folders it mounts where the listing reaches `mounts/`.
 */
export const listFiles = async (principal: Principal, ref: string, request: files.ListFilesRequest) =>
  files.listAgentFiles(await loadAgent(principal, ref), request);
