import { httpHandler } from '../../../shared/http';
import { ok } from '../../../shared/reply';
import { assignPlugins } from '../../../use-cases/agents/assign-plugins';
import * as routes from './routes';

export const handler = httpHandler(routes.assignAgentPlugins, async ({ params, body, principal, ifMatch }) => {
  const { assignment, plugins } = await assignPlugins(principal, params.agent, body.plugin_ids, ifMatch);
  return ok({ plugins, assignment_version: assignment.version }, { version: assignment.version });
});
