import { storeAvatar } from '../../../data/avatars';
import { decodeAvatar, withAvatar } from '../../../domain/agents/avatar';
import { httpHandler } from '../../../shared/http';
import { ok } from '../../../shared/reply';
import { loadAgentFor } from '../../../use-cases/agents/authorize';
import { changeAgent } from '../../../use-cases/agents/change';
import { uploadAgentAvatar } from '../subresource-routes';
import { avatarView } from '../subresource-views';

export const handler = httpHandler(uploadAgentAvatar, async ({ params, body, principal }) => {
  const image = decodeAvatar(body.avatar_base64);
  // Checked before the upload too, so a caller who may not change the agent cannot store objects under it.
  const { agent: target } = await loadAgentFor(principal, params.agent, 'manage');
  const avatarUrl = await storeAvatar(target, image);
  const agent = await changeAgent(principal, target.id, undefined, (current, now) => withAvatar(current, avatarUrl, now));
  return ok({ avatar: avatarView(agent, image) }, { version: agent.version });
});
