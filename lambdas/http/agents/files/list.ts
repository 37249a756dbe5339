import { listAgentFiles } from '../../../data/agent-files';
import { httpHandler } from '../../../shared/http';
import { ok } from '../../../shared/reply';
import { listData } from '../../pagination';
import { loadAgentFor } from '../../../use-cases/agents/authorize';
import * as routes from './routes';

export const handler = httpHandler(routes.listAgentFiles, async ({ params, query, principal }) => {
  const { agent } = await loadAgentFor(principal, params.agent, 'read');
  const page = await listAgentFiles(agent, query);
  return ok(listData('files', page.items, page));
});
