import { deleteExamSet } from '../../data/exam-sets';
import { canManageWorkspace } from '../../domain/workspaces';
import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { accessWorkspace, requireRole } from '../../use-cases/workspaces/authorize';
import * as routes from './exam-set-routes';

export const handler = httpHandler(routes.deleteExamSet, async ({ params, principal, ifMatch }) => {
  const access = await accessWorkspace(principal, params.ws);
  requireRole(access, canManageWorkspace, 'remove exam sets');
  await deleteExamSet(access.workspace.id, params.level, ifMatch);
  return ok({ deleted: true, level: params.level });
});
