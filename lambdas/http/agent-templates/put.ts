import { putAgentTemplate as storeTemplate } from '../../data/agent-templates';
import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { workspaceTemplateToChange } from '../../use-cases/agent-templates/authorize';
import { putAgentTemplate } from './routes';
import { workspaceTemplateView } from './views';

export const handler = httpHandler(putAgentTemplate, async ({ params, body, principal }) => {
  const workspaceId = workspaceTemplateToChange(principal, params.template, 'replace');
  const template = await storeTemplate(workspaceId, params.template, body, {
    at: new Date().toISOString(),
    actor: principal.email || principal.user_id,
  });
  return ok({ template: workspaceTemplateView(template) }, { version: template.version });
});
