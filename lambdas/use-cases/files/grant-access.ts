import { allMountsStateOf } from '../../data/agent-folders';
import * as filesAccess from '../../data/agent-files-access';
import { type FileAccess, grantableAccess } from '../../domain/files/governance';
import { mountTargets } from '../../domain/folders/mounts';
import type { Principal } from '../../shared/principal';
import { loadAgentFor } from '../agents/authorize';

/**
 * Granting direct, time-limited access to an agent's files (`POST /api/agents/{agent}/access`), the primary course:
 * 1. load the agent the caller may manage;
 * 2. the folders it mounts now, each reached at its publisher's prefix;
 * 3. the access it may have (a read-only agent's files are only read), as STS credentials scoped to those prefixes.
 */
export const grantFilesAccess = async (principal: Principal, ref: string, requested: FileAccess, ttlSeconds: number) => {
  const { agent } = await loadAgentFor(principal, ref, 'manage');
  const mounts = mountTargets(await allMountsStateOf(agent));
  const access = await filesAccess.grantFilesAccess(agent, grantableAccess(agent, requested), ttlSeconds, mounts);
  return { agent, access };
};
