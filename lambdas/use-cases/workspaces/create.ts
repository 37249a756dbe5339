import { outboxPut } from '../../data/outbox';
import * as workspaces from '../../data/workspaces';
import { systemAgent } from '../../domain/agents/system-agent';
import { newId } from '../../domain/ids';
import { DEFAULT_MAX_OWNED_WORKSPACES, newWorkspace, type Workspace } from '../../domain/workspaces';
import { optionalEnv } from '../../shared/env';
import { Forbidden } from '../../domain/errors';
import type { Principal } from '../../shared/principal';

/** How many workspaces one user may own (environment config; the same default locally). */
const maxOwned = Number(optionalEnv('MAX_OWNED_WORKSPACES') ?? DEFAULT_MAX_OWNED_WORKSPACES);

/**
 * Creating a workspace, the primary course:
 * 1. a person signed in with a bearer token (API keys belong to one workspace);
 * 2. plan the workspace, its creator as owner and its system agent;
 * 3. commit them with the `workspace.created` event, within how many workspaces one user may own.
 */
export const createWorkspace = async (principal: Principal, name: string): Promise<Workspace> => {
  if (principal.auth_type !== 'jwt') throw new Forbidden('API keys belong to one workspace; create workspaces with a bearer token');
  const now = new Date().toISOString();
  const workspace = newWorkspace(newId('ws'), name, principal.user_id, now);
  const owner = {
    workspace_id: workspace.id,
    email: principal.email,
    role: 'owner' as const,
    user_id: principal.user_id,
    invited_by: null,
    joined_at: now,
    counted_as_owned: true,
  };
  const event = outboxPut('workspace.created', workspace.id, { name: workspace.name, tier: workspace.tier, created_by: principal.user_id });
  await workspaces.createWorkspace(workspace, owner, systemAgent(newId('agent'), workspace.id, principal, now), maxOwned, [event]);
  return workspace;
};
