import { getFolderConfig } from '../../data/agent-folders';
import type { StoredFolderConfig } from '../../domain/folders/model';
import type { Principal } from '../../shared/principal';
import { loadAgent } from '../agents/authorize';

/**
 * An agent's folder configuration, the primary course:
 * 1. load the agent the caller may read;
 * 2. what it publishes and mounts (version 0 before its first PUT).
 */
export const folderConfigOf = async (principal: Principal, ref: string): Promise<StoredFolderConfig> =>
  getFolderConfig(await loadAgent(principal, ref));
