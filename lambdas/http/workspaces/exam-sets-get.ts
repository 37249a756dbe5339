import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { findExamSet } from '../../use-cases/workspaces/find-exam-set';
import * as routes from './exam-set-routes';
import { examSetView } from './exam-set-views';

export const handler = httpHandler(routes.getExamSet, async ({ params, principal }) => {
  const set = await findExamSet(principal, params.ws, params.level);
  return ok({ exam_set: examSetView(set) }, { version: set.version });
});
