import { deleteAgentTemplate as removeTemplate } from '../../data/agent-templates';
import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { workspaceTemplateToChange } from '../../use-cases/agent-templates/authorize';
import { deleteAgentTemplate } from './routes';

export const handler = httpHandler(deleteAgentTemplate, async ({ params, principal }) => {
  await removeTemplate(workspaceTemplateToChange(principal, params.template, 'delete'), params.template);
  return ok({ deleted: true, template: params.template });
});
