import { listExamSets as storedExamSets } from '../../data/exam-sets';
import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { accessWorkspace } from './access';
import { listExamSets } from './exam-set-routes';
import { examSetListView } from './exam-set-views';

export const handler = httpHandler(listExamSets, async ({ params, principal }) => {
  const { workspace } = await accessWorkspace(principal, params.ws);
  return ok({ exam_sets: (await storedExamSets(workspace.id)).map(examSetListView) });
});
