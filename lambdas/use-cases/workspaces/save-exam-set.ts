import * as examSets from '../../data/exam-sets';
import type { ExamSet, StoredExamSet } from '../../domain/graduation/exam-set';
import { canManageWorkspace } from '../../domain/workspaces';
import type { Principal } from '../../shared/principal';
import { accessWorkspace, requireRole } from './authorize';

/**
 * Creating or replacing a workspace's exam set for one level, the primary course:
 * 1. the caller manages the workspace (owners and admins);
 * 2. store the set whole, bumping its version; with `If-Match`, only over that version (412 VERSION_CONFLICT).
 */
export const saveExamSet = async (
  principal: Principal,
  workspaceId: string,
  set: Pick<ExamSet, 'level' | 'tasks' | 'pass_mark'>,
  ifMatch: number | undefined,
): Promise<StoredExamSet> => {
  const access = await accessWorkspace(principal, workspaceId);
  requireRole(access, canManageWorkspace, 'change exam sets');
  return examSets.putExamSet(
    access.workspace.id,
    { ...set, updated_at: new Date().toISOString(), updated_by: principal.email || principal.user_id },
    ifMatch,
  );
};
