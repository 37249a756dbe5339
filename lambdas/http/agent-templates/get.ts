import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { findAgentTemplate } from '../../use-cases/agent-templates/find';
import * as routes from './routes';
import { templateView } from './views';

export const handler = httpHandler(routes.getAgentTemplate, async ({ params, principal }) => {
  const found = await findAgentTemplate(principal, params.template);
  return ok({ template: templateView(found) }, found.source === 'workspace' ? { version: found.template.version } : {});
});
