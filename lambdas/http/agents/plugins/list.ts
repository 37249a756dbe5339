import { httpHandler } from '../../../shared/http';
import { ok } from '../../../shared/reply';
import { listPlugins } from '../../../use-cases/agents/list-plugins';
import * as routes from './routes';

export const handler = httpHandler(routes.listAgentPlugins, async ({ params, principal }) => {
  const { assignment, plugins } = await listPlugins(principal, params.agent);
  return ok({ plugins, assignment_version: assignment.version }, { version: assignment.version });
});
