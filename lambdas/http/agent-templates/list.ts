import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { listAgentTemplates } from '../../use-cases/agent-templates/list';
import { listData } from '../pagination';
import * as routes from './routes';
import { templateView } from './views';

export const handler = httpHandler(routes.listAgentTemplates, async ({ query, principal }) => {
  const page = await listAgentTemplates(principal, query);
  return ok(listData('templates', page.items.map(templateView), page));
});
