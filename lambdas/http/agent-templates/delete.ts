import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { deleteAgentTemplate } from '../../use-cases/agent-templates/delete';
import * as routes from './routes';

export const handler = httpHandler(routes.deleteAgentTemplate, async ({ params, principal }) => {
  await deleteAgentTemplate(principal, params.template);
  return ok({ deleted: true, template: params.template });
});
