import { createAgentTemplate } from '../../data/agent-templates';
import { httpHandler } from '../../shared/http';
import { created } from '../../shared/reply';
import { workspaceTemplateToChange } from '../../use-cases/agent-templates/authorize';
import * as routes from './routes';
import { workspaceTemplateView } from './views';

export const handler = httpHandler(routes.createAgentTemplate, async ({ body: { name, ...template }, principal }) => {
  const workspaceId = workspaceTemplateToChange(principal, name, 'create');
  const stored = await createAgentTemplate(workspaceId, name, template, {
    at: new Date().toISOString(),
    actor: principal.email || principal.user_id,
  });
  return created({ template: workspaceTemplateView(stored) }, `/api/agent-templates/${name}`, { version: stored.version });
});
