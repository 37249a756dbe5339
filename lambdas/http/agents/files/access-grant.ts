import { httpHandler } from '../../../shared/http';
import { ok } from '../../../shared/reply';
import { grantFilesAccess } from '../../../use-cases/files/grant-access';
import * as routes from './routes';

export const handler = httpHandler(routes.grantAgentFilesAccess, async ({ params, body, principal, log }) => {
  const { agent, access } = await grantFilesAccess(principal, params.agent, body.access, body.ttl_seconds);
  // Who holds direct access, never the secrets themselves.
  log.info('agent files access granted', {
    agent_id: agent.id,
    user_id: principal.user_id,
    access: access.access,
    mode: access.mode,
    expires_at: access.expires_at,
    mounts: access.mounts.map((m) => m.path),
  });
  return ok({ access });
});
