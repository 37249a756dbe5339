import { writeAgentFile } from '../../../data/agent-files';
import { httpHandler } from '../../../shared/http';
import { ok } from '../../../shared/reply';
import { header, rawBody } from '../../../shared/request';
import { loadAgentFor } from '../../../use-cases/agents/authorize';
import { uploadAgentFile } from './routes';

export const handler = httpHandler(uploadAgentFile, async ({ params, query, principal, event }) => {
  const { agent } = await loadAgentFor(principal, params.agent, 'manage');
  const file = await writeAgentFile(agent.workspace_id, agent, query.path, rawBody(event), {
    actor: 'user',
    contentType: header(event, 'content-type')?.trim() || undefined,
    tier: principal.tier ?? undefined,
  });
  return ok({ file });
});
