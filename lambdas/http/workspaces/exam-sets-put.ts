import { putExamSet } from '../../data/exam-sets';
import { canManageWorkspace } from '../../domain/workspaces';
import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { accessWorkspace, requireRole } from '../../use-cases/workspaces/authorize';
import * as routes from './exam-set-routes';
import { examSetView } from './exam-set-views';

export const handler = httpHandler(routes.putExamSet, async ({ params, body, principal, ifMatch }) => {
  const access = await accessWorkspace(principal, params.ws);
  requireRole(access, canManageWorkspace, 'change exam sets');
  const set = await putExamSet(
    access.workspace.id,
    {
      level: params.level,
      tasks: body.tasks,
      pass_mark: body.pass_mark,
      updated_at: new Date().toISOString(),
      updated_by: principal.email || principal.user_id,
    },
    ifMatch,
  );
  return ok({ exam_set: examSetView(set) }, { version: set.version });
});
