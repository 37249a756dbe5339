import { putAgentTemplate } from '../../data/agent-templates';
import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { workspaceTemplateToChange } from '../../use-cases/agent-templates/authorize';
import * as routes from './routes';
import { workspaceTemplateView } from './views';

export const handler = httpHandler(routes.putAgentTemplate, async ({ params, body, principal }) => {
  const workspaceId = workspaceTemplateToChange(principal, params.template, 'replace');
  const template = await putAgentTemplate(workspaceId, params.template, body, {
    at: new Date().toISOString(),
    actor: principal.email || principal.user_id,
  });
  return ok({ template: workspaceTemplateView(template) }, { version: template.version });
});
