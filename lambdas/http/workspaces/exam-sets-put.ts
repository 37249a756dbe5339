import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { saveExamSet } from '../../use-cases/workspaces/save-exam-set';
import * as routes from './exam-set-routes';
import { examSetView } from './exam-set-views';

export const handler = httpHandler(routes.putExamSet, async ({ params, body, principal, ifMatch }) => {
  const set = await saveExamSet(principal, params.ws, { level: params.level, tasks: body.tasks, pass_mark: body.pass_mark }, ifMatch);
  return ok({ exam_set: examSetView(set) }, { version: set.version });
});
