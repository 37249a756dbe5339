import { createUploadUrl } from '../../../data/agent-files';
import { httpHandler } from '../../../shared/http';
import { ok } from '../../../shared/reply';
import { loadAgentFor } from '../../../use-cases/agents/authorize';
import { createAgentFileUpload } from './routes';

export const handler = httpHandler(createAgentFileUpload, async ({ params, body, principal }) => {
  const { agent } = await loadAgentFor(principal, params.agent, 'manage');
  const upload = await createUploadUrl(agent.workspace_id, agent, {
    path: body.path,
    size: body.size,
    contentType: body.content_type,
    tier: principal.tier ?? undefined,
  });
  return ok({ upload });
});
