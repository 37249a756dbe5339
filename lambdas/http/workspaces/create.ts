import { outboxPut } from '../../data/outbox';
import { createWorkspace as storeWorkspace } from '../../data/workspaces';
import { systemAgent } from '../../domain/agents/system-agent';
import { newId } from '../../domain/ids';
import { DEFAULT_MAX_OWNED_WORKSPACES, newWorkspace } from '../../domain/workspaces';
import { optionalEnv } from '../../shared/env';
import { Forbidden } from '../../domain/errors';
import { httpHandler } from '../../shared/http';
import { created } from '../../shared/reply';
import { createWorkspace } from './routes';
import { workspaceView } from './views';

/** How many workspaces one user may own (environment config; the same default locally). */
const maxOwned = Number(optionalEnv('MAX_OWNED_WORKSPACES') ?? DEFAULT_MAX_OWNED_WORKSPACES);

export const handler = httpHandler(createWorkspace, async ({ body, principal }) => {
  if (principal.auth_type !== 'jwt') throw new Forbidden('API keys belong to one workspace; create workspaces with a bearer token');
  const now = new Date().toISOString();
  const workspace = newWorkspace(newId('ws'), body.name, principal.user_id, now);
  const owner = {
    workspace_id: workspace.id,
    email: principal.email,
    role: 'owner' as const,
    user_id: principal.user_id,
    invited_by: null,
    joined_at: now,
  };
  const event = outboxPut('workspace.created', workspace.id, { name: workspace.name, tier: workspace.tier, created_by: principal.user_id });
  await storeWorkspace(workspace, owner, systemAgent(newId('agent'), workspace.id, principal, now), maxOwned, [event]);
  return created({ workspace: workspaceView(workspace, 'owner') }, `/api/workspaces/${workspace.id}`, { version: workspace.version });
});
