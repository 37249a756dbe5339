import { deleteAgentTemplate } from '../../data/agent-templates';
import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { workspaceTemplateToChange } from '../../use-cases/agent-templates/authorize';
import * as routes from './routes';

export const handler = httpHandler(routes.deleteAgentTemplate, async ({ params, principal }) => {
  await deleteAgentTemplate(workspaceTemplateToChange(principal, params.template, 'delete'), params.template);
  return ok({ deleted: true, template: params.template });
});
