import { httpHandler } from '../../../shared/http';
import { ok } from '../../../shared/reply';
import { uploadAvatar } from '../../../use-cases/agents/upload-avatar';
import * as routes from '../subresource-routes';
import { avatarView } from '../subresource-views';

export const handler = httpHandler(routes.uploadAgentAvatar, async ({ params, body, principal }) => {
  const { agent, image } = await uploadAvatar(principal, params.agent, body.avatar_base64);
  return ok({ avatar: avatarView(agent, image) }, { version: agent.version });
});
