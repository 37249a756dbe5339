import { listExamSets } from '../../data/exam-sets';
import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { accessWorkspace } from '../../use-cases/workspaces/authorize';
import * as routes from './exam-set-routes';
import { EXAM_LEVELS } from './exam-set-schemas';
import { examSetListView } from './exam-set-views';

const rank = (level: string) => (EXAM_LEVELS as readonly string[]).indexOf(level);

export const handler = httpHandler(routes.listExamSets, async ({ params, principal }) => {
  const { workspace } = await accessWorkspace(principal, params.ws);
  const sets = (await listExamSets(workspace.id)).sort((a, b) => rank(a.level) - rank(b.level));
  return ok({ exam_sets: sets.map(examSetListView) });
});
