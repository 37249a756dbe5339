import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { deleteExamSet } from '../../use-cases/workspaces/delete-exam-set';
import * as routes from './exam-set-routes';

export const handler = httpHandler(routes.deleteExamSet, async ({ params, principal, ifMatch }) => {
  await deleteExamSet(principal, params.ws, params.level, ifMatch);
  return ok({ deleted: true, level: params.level });
});
