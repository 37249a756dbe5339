import { httpHandler } from '../../shared/http';
import { created } from '../../shared/reply';
import { createAgentTemplate } from '../../use-cases/agent-templates/create';
import * as routes from './routes';
import { workspaceTemplateView } from './views';

export const handler = httpHandler(routes.createAgentTemplate, async ({ body: { name, ...template }, principal }) => {
  const stored = await createAgentTemplate(principal, name, template);
  return created({ template: workspaceTemplateView(stored) }, `/api/agent-templates/${name}`, { version: stored.version });
});
