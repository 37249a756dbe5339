import { API_KEY_TOUCH_INTERVAL_MS, findApiKeyBySecretHash, touchApiKey } from '../data/api-keys';
import { hashApiKey } from '../domain/api-keys';
import { countRequest } from '../data/usage';
import { earliestMembership, getWorkspace, membershipOf } from '../data/workspaces';
import type { Principal } from '../shared/principal';
import type { TokenIdentity } from './identity';

/**
 * Who is calling and for which workspace: an API key is bound to its workspace; a JWT caller
 * works in the workspace `X-Workspace-ID` names (if a member) or else their earliest membership.
 * The workspace's request counters are advanced here, once per request.
 */

export type Resolution =
  /** `usageKey`: the workspace's API Gateway usage key value, deployed once it exists. */
  | { kind: 'principal'; principal: Principal; usageKey: string | null }
  /** An API key sent with another workspace's `X-Workspace-ID`. */
  | { kind: 'forbidden' }
  /** A valid token the platform refuses (its email is not verified): 401 with `reason`. */
  | { kind: 'refused'; reason: string }
  | { kind: 'unauthenticated' };

const usedRecently = (key: { last_used_at: string | null }, now: Date): boolean =>
  key.last_used_at !== null && now.getTime() - Date.parse(key.last_used_at) < API_KEY_TOUCH_INTERVAL_MS;

const ALL_SCOPES: Principal['scopes'] = ['read', 'write', 'execute', 'admin'];

const withWorkspace = async (principal: Principal, now: Date): Promise<Resolution> => {
  if (!principal.workspace_id) return { kind: 'principal', principal, usageKey: null };
  const [workspace, usage] = await Promise.all([getWorkspace(principal.workspace_id), countRequest(principal.workspace_id, now)]);
  return {
    kind: 'principal',
    principal: { ...principal, tier: workspace?.tier ?? null, usage },
    usageKey: workspace?.usage_key?.value ?? null,
  };
};

export const resolveApiKey = async (secret: string, requestedWorkspace: string | null, now = new Date()): Promise<Resolution> => {
  const secretHash = hashApiKey(secret);
  const key = await findApiKeyBySecretHash(secretHash);
  if (!key || (key.expires_at && Date.parse(key.expires_at) <= now.getTime())) return { kind: 'unauthenticated' };
  if (requestedWorkspace && requestedWorkspace !== key.workspace_id) return { kind: 'forbidden' };
  const principal: Principal = {
    user_id: key.id,
    email: '',
    auth_type: 'api_key',
    platform_admin: false,
    scopes: key.scopes,
    workspace_id: key.workspace_id,
    // A key acts for the workspace as a whole; its scopes, not a role, limit what it may change.
    role: 'admin',
    tier: null,
    requested_workspace_id: null,
    usage: null,
  };
  // The usage timestamp is written beside the workspace read, and only when the one read is a minute old.
  const [resolution] = await Promise.all([withWorkspace(principal, now), usedRecently(key, now) ? null : touchApiKey(secretHash, now)]);
  return resolution;
};

export const resolveToken = async (identity: TokenIdentity, requestedWorkspace: string | null, now = new Date()): Promise<Resolution> => {
  const membership = requestedWorkspace ? await membershipOf(requestedWorkspace, identity) : await earliestMembership(identity);
  const principal: Principal = {
    ...identity,
    auth_type: 'jwt',
    scopes: ALL_SCOPES,
    workspace_id: membership?.workspace_id ?? null,
    role: membership?.role ?? null,
    tier: null,
    requested_workspace_id: requestedWorkspace && !membership ? requestedWorkspace : null,
    usage: null,
  };
  return withWorkspace(principal, now);
};
