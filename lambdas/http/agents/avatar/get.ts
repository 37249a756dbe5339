import { httpHandler } from '../../../shared/http';
import type { Reply } from '../../../shared/reply';
import { avatarLink } from '../../../use-cases/agents/avatar-link';
import * as routes from '../subresource-routes';

export const handler = httpHandler(routes.getAgentAvatarLink, async ({ params, principal }): Promise<Reply> => {
  const { agent, url, expiresAt } = await avatarLink(principal, params.agent);
  return {
    kind: 'json',
    status: 302,
    data: { avatar: { agent_id: agent.id, url, expires_at: expiresAt } },
    // A cached redirect would outlive the link it points to.
    headers: { Location: url, 'Cache-Control': 'no-store' },
  };
});
