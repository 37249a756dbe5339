import type { Scope } from './route';
import { isTier, type Tier } from '../domain/tiers';
import { NotFound } from '../domain/errors';

/**
 * Who is calling, as the authorizer resolved it. API Gateway passes an authorizer's context
 * as a flat map of strings, so the principal travels flattened and is rebuilt here.
 */
export interface Principal {
  user_id: string;
  email: string;
  auth_type: 'jwt' | 'api_key';
  platform_admin: boolean;
  scopes: Scope[];
  /** Empty when a JWT caller belongs to no workspace yet. */
  workspace_id: string | null;
  role: 'owner' | 'admin' | 'member' | null;
  tier: Tier | null;
  /** `X-Workspace-ID` named a workspace the caller is not a member of: workspace routes answer 404. */
  requested_workspace_id: string | null;
  /** The workspace's request counters after counting this request (absent without a workspace). */
  usage: { day: number; minute: number } | null;
}

export type AuthorizerContext = Record<string, string>;

const SCOPES: readonly Scope[] = ['read', 'write', 'execute', 'admin'];

export const flattenPrincipal = (p: Principal): AuthorizerContext => ({
  user_id: p.user_id,
  email: p.email,
  auth_type: p.auth_type,
  platform_admin: String(p.platform_admin),
  scopes: p.scopes.join(','),
  workspace_id: p.workspace_id ?? '',
  role: p.role ?? '',
  tier: p.tier ?? '',
  requested_workspace_id: p.requested_workspace_id ?? '',
  usage_day: p.usage ? String(p.usage.day) : '',
  usage_minute: p.usage ? String(p.usage.minute) : '',
});

/**
 * A valid token the authorizer still refused (unverified email). It is let through carrying only
 * this reason, never a principal, so that the handler's 401 can say why; API Gateway's cannot.
 */
export const refusalContext = (reason: string): AuthorizerContext => ({ refusal: reason });

export const refusalFrom = (context: Record<string, unknown> | null | undefined): string | null =>
  context && typeof context.refusal === 'string' && context.refusal !== '' ? context.refusal : null;

export const principalFrom = (context: Record<string, unknown> | null | undefined): Principal | null => {
  if (!context || typeof context.user_id !== 'string' || context.user_id === '') return null;
  const text = (key: string) => (typeof context[key] === 'string' ? (context[key] as string) : '');
  return {
    user_id: text('user_id'),
    email: text('email'),
    auth_type: text('auth_type') === 'api_key' ? 'api_key' : 'jwt',
    platform_admin: text('platform_admin') === 'true',
    scopes: text('scopes')
      .split(',')
      .filter((s): s is Scope => (SCOPES as readonly string[]).includes(s)),
    workspace_id: text('workspace_id') || null,
    role: (['owner', 'admin', 'member'] as const).find((r) => r === text('role')) ?? null,
    tier: isTier(text('tier')) ? (text('tier') as Tier) : null,
    requested_workspace_id: text('requested_workspace_id') || null,
    usage: text('usage_day') ? { day: Number(text('usage_day')), minute: Number(text('usage_minute')) } : null,
  };
};

export const workspaceNotFound = (id: string) => new NotFound(`workspace ${id} does not exist or you are not a member of it`, 'workspace');

/** The workspace a workspace-scoped route acts in: the caller's current one, or 404 when they have none. */
export const currentWorkspace = (principal: Principal): string => {
  if (principal.requested_workspace_id) throw workspaceNotFound(principal.requested_workspace_id);
  if (!principal.workspace_id) {
    throw new NotFound('you are not a member of any workspace yet; create one with POST /api/workspaces', 'workspace');
  }
  return principal.workspace_id;
};

/** Workspace owners and admins see every agent of the workspace; members see the ones they were given. */
export const seesEveryAgent = (principal: Principal): boolean => principal.role === 'owner' || principal.role === 'admin';
