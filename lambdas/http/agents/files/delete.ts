import { deleteAgentFile } from '../../../data/agent-files';
import { httpHandler } from '../../../shared/http';
import { ok } from '../../../shared/reply';
import { loadAgentFor } from '../../../use-cases/agents/authorize';
import * as routes from './routes';

export const handler = httpHandler(routes.deleteAgentFile, async ({ params, query, principal }) => {
  const { agent } = await loadAgentFor(principal, params.agent, 'manage');
  const { path } = await deleteAgentFile(agent.workspace_id, agent, query.path, { actor: 'user' });
  return ok({ deleted: true, path });
});
