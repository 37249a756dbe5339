import * as examSets from '../../data/exam-sets';
import { canManageWorkspace } from '../../domain/workspaces';
import type { Principal } from '../../shared/principal';
import { accessWorkspace, requireRole } from './authorize';

/**
 * Deleting a workspace's exam set for one level, the primary course:
 * 1. the caller manages the workspace (owners and admins);
 * 2. delete the set (404 when there is none); with `If-Match`, only at that version (412 VERSION_CONFLICT).
 */
export const deleteExamSet = async (
  principal: Principal,
  workspaceId: string,
  level: string,
  ifMatch: number | undefined,
): Promise<void> => {
  const access = await accessWorkspace(principal, workspaceId);
  requireRole(access, canManageWorkspace, 'remove exam sets');
  await examSets.deleteExamSet(access.workspace.id, level, ifMatch);
};
