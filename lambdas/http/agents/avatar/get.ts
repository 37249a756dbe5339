import { AVATAR_LINK_SECONDS, avatarDownloadUrl } from '../../../data/avatars';
import { NotFound } from '../../../domain/errors';
import { httpHandler } from '../../../shared/http';
import type { Reply } from '../../../shared/reply';
import { loadAgent } from '../../../use-cases/agents/authorize';
import { isExternalAvatar } from '../../../use-cases/agents/store-avatar';
import { getAgentAvatarLink } from '../subresource-routes';

export const handler = httpHandler(getAgentAvatarLink, async ({ params, principal }): Promise<Reply> => {
  const agent = await loadAgent(principal, params.agent);
  // The agent item keeps the image's object key; clients only ever see this route.
  if (!agent.avatar_url)
    throw new NotFound(`agent ${agent.slug} has no avatar; upload one with POST /api/agents/${agent.id}/avatar`, 'avatar');
  // An avatar set as a URL is where the image lives; it does not expire.
  const external = isExternalAvatar(agent.avatar_url);
  const url = external ? agent.avatar_url : await avatarDownloadUrl(agent.avatar_url);
  const expiresAt = external ? null : new Date(Date.now() + AVATAR_LINK_SECONDS * 1000).toISOString();
  return {
    kind: 'json',
    status: 302,
    data: { avatar: { agent_id: agent.id, url, expires_at: expiresAt } },
    // A cached redirect would outlive the link it points to.
    headers: { Location: url, 'Cache-Control': 'no-store' },
  };
});
