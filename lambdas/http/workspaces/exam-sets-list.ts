import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { listExamSets } from '../../use-cases/workspaces/list-exam-sets';
import * as routes from './exam-set-routes';
import { examSetListView } from './exam-set-views';

export const handler = httpHandler(routes.listExamSets, async ({ params, principal }) =>
  ok({ exam_sets: (await listExamSets(principal, params.ws)).map(examSetListView) }),
);
