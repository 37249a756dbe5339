import { examSetNotFound, getExamSet } from '../../data/exam-sets';
import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { accessWorkspace } from '../../use-cases/workspaces/authorize';
import * as routes from './exam-set-routes';
import { examSetView } from './exam-set-views';

export const handler = httpHandler(routes.getExamSet, async ({ params, principal }) => {
  const { workspace } = await accessWorkspace(principal, params.ws);
  const set = await getExamSet(workspace.id, params.level);
  if (!set) throw examSetNotFound(params.level);
  return ok({ exam_set: examSetView(set) }, { version: set.version });
});
