import { grantFilesAccess } from '../../../data/agent-files-access';
import { allMountsStateOf } from '../../../data/agent-folders';
import { mountTargets } from '../../../domain/folders/mounts';
import { grantableAccess } from '../../../domain/files/governance';
import { httpHandler } from '../../../shared/http';
import { ok } from '../../../shared/reply';
import { loadAgentFor } from '../../../use-cases/agents/authorize';
import { grantAgentFilesAccess } from '../files/routes';

export const handler = httpHandler(grantAgentFilesAccess, async ({ params, body, principal, log }) => {
  const { agent } = await loadAgentFor(principal, params.agent, 'manage');
  const mounts = mountTargets(await allMountsStateOf(agent));
  const access = await grantFilesAccess(agent, grantableAccess(agent, body.access), body.ttl_seconds, mounts);
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
