import { usageCounters } from '../../data/workspace-usage';
import { type WorkspaceUsage, workspaceUsage } from '../../domain/workspace-usage';
import type { Principal } from '../../shared/principal';
import { accessWorkspace } from './authorize';

/**
 * Reading a workspace's usage, the primary course:
 * 1. the caller is a member of the workspace (or a platform operator);
 * 2. read its counters together, as of now;
 * 3. set them against its limits (domain/workspace-usage.ts).
 */
export const readUsage = async (principal: Principal, workspaceId: string): Promise<WorkspaceUsage> => {
  const { workspace } = await accessWorkspace(principal, workspaceId);
  const now = new Date();
  return workspaceUsage(workspace, await usageCounters(workspace.id, now), now);
};
