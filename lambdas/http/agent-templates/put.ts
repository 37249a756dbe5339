import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { replaceAgentTemplate } from '../../use-cases/agent-templates/replace';
import * as routes from './routes';
import { workspaceTemplateView } from './views';

export const handler = httpHandler(routes.putAgentTemplate, async ({ params, body, principal }) => {
  const template = await replaceAgentTemplate(principal, params.template, body);
  return ok({ template: workspaceTemplateView(template) }, { version: template.version });
});
