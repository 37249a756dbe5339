import * as examSets from '../../data/exam-sets';
import type { StoredExamSet } from '../../domain/graduation/exam-set';
import type { Principal } from '../../shared/principal';
import { accessWorkspace } from './authorize';

/**
 * Reading a workspace's exam set for one level, the primary course:
 * 1. the caller is a member of the workspace (or a platform operator);
 * 2. the set for that level (404 when the workspace has none).
 */
export const findExamSet = async (principal: Principal, workspaceId: string, level: string): Promise<StoredExamSet> => {
  const { workspace } = await accessWorkspace(principal, workspaceId);
  const set = await examSets.getExamSet(workspace.id, level);
  if (!set) throw examSets.examSetNotFound(level);
  return set;
};
