import * as examSets from '../../data/exam-sets';
import { byLevel, type StoredExamSet } from '../../domain/graduation/exam-set';
import type { Principal } from '../../shared/principal';
import { accessWorkspace } from './authorize';

/**
 * Listing a workspace's exam sets, the primary course:
 * 1. the caller is a member of the workspace (or a platform operator);
 * 2. its sets, read whole (at most one per level), lowest level first.
 */
export const listExamSets = async (principal: Principal, workspaceId: string): Promise<StoredExamSet[]> => {
  const { workspace } = await accessWorkspace(principal, workspaceId);
  return byLevel(await examSets.listExamSets(workspace.id));
};
