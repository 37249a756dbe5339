import { AVATAR_LINK_SECONDS, avatarDownloadUrl } from '../../data/avatars';
import type { Agent } from '../../domain/agents/model';
import { NotFound } from '../../domain/errors';
import type { Principal } from '../../shared/principal';
import { loadAgent } from './authorize';
import { isExternalAvatar } from './store-avatar';

/**
 * Where an agent's avatar image is, the primary course:
 * 1. load the agent the caller may read (404 when it has no avatar);
 * 2. an avatar set as a URL is where the image lives, and does not expire;
 * 3. an uploaded one is a presigned link to its object, valid for AVATAR_LINK_SECONDS.
 */
export const avatarLink = async (principal: Principal, ref: string): Promise<{ agent: Agent; url: string; expiresAt: string | null }> => {
  const agent = await loadAgent(principal, ref);
  // The agent item keeps the image's object key; clients only ever see this route.
  if (!agent.avatar_url)
    throw new NotFound(`agent ${agent.slug} has no avatar; upload one with POST /api/agents/${agent.id}/avatar`, 'avatar');
  if (isExternalAvatar(agent.avatar_url)) return { agent, url: agent.avatar_url, expiresAt: null };
  const url = await avatarDownloadUrl(agent.avatar_url);
  return { agent, url, expiresAt: new Date(Date.now() + AVATAR_LINK_SECONDS * 1000).toISOString() };
};
