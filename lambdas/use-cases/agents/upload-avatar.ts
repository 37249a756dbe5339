import { storeAvatar } from '../../data/avatars';
import { type AvatarImage, decodeAvatar, withAvatar } from '../../domain/agents/avatar';
import type { Agent } from '../../domain/agents/model';
import type { Principal } from '../../shared/principal';
import { loadAgentFor } from './authorize';
import { changeLoadedAgent } from './change';

/**
 * Uploading an agent's avatar (`POST /api/agents/{agent}/avatar`), the primary course:
 * 1. decode and check the image (domain/agents/avatar.ts: magic bytes, 2 MiB) before anything is read;
 * 2. load the agent the caller may manage;
 * 3. store the image under the agent's prefix, named by its content;
 * 4. the change (change.ts) that names it on the agent, from the agent as loaded (read again only if it moved meanwhile).
 */
export const uploadAvatar = async (
  principal: Principal,
  ref: string,
  avatarBase64: string,
): Promise<{ agent: Agent; image: AvatarImage }> => {
  const image = decodeAvatar(avatarBase64);
  // Checked before the upload too, so a caller who may not change the agent cannot store objects under it.
  const { agent: target } = await loadAgentFor(principal, ref, 'manage');
  const avatarUrl = await storeAvatar(target, image);
  const agent = await changeLoadedAgent(principal, target, (current, now) => withAvatar(current, avatarUrl, now));
  return { agent, image };
};
