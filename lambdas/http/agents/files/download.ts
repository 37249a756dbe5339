import { downloadUrl } from '../../../data/agent-files';
import { httpHandler } from '../../../shared/http';
import type { Reply } from '../../../shared/reply';
import { loadAgentFor } from '../../../use-cases/agents/authorize';
import { downloadAgentFile } from './routes';

export const handler = httpHandler(downloadAgentFile, async ({ params, query, principal }): Promise<Reply> => {
  const { agent } = await loadAgentFor(principal, params.agent, 'read');
  const download = await downloadUrl(agent.workspace_id, agent.id, query.path);
  // The envelope carries the URL too, for clients that do not follow redirects.
  return { kind: 'json', status: 302, data: { download }, headers: { Location: download.url } };
});
