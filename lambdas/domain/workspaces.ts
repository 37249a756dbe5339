import { executionConcurrency, type Tier, tierLimits } from './tiers';

/** Workspace rules: who may do what, and the shape of a new workspace. Free of AWS and HTTP. */

export type Role = 'owner' | 'admin' | 'member';
export const ROLES: readonly Role[] = ['owner', 'admin', 'member'];

export interface DefaultLlm {
  provider: 'local' | 'bedrock' | 'openai-compatible';
  model: string;
  temperature?: number;
  max_tokens?: number;
}

export interface Workspace {
  id: string;
  name: string;
  tier: Tier;
  agent_limit_override: number | null;
  /** Set by platform operators; absent or null: the tier's monthly budget (domain/spend.ts). */
  monthly_budget_usd?: number | null;
  /** Set by platform operators; absent or null: the tier's executions at once (domain/tiers.ts). */
  execution_concurrency_override?: number | null;
  default_llm: DefaultLlm | null;
  /** Approving a held step needs someone other than whoever started the run (absent on older items: off). */
  four_eyes_approval?: boolean;
  owner_count: number;
  created_by: string;
  created_at: string;
  updated_at: string;
  version: number;
  /** Deployed only: the API Gateway key that meters this workspace (never returned by the API). */
  usage_key?: { id: string; value: string };
}

export interface Member {
  workspace_id: string;
  email: string;
  role: Role;
  /** Known once the member has signed in, or when they created the workspace. */
  user_id: string | null;
  invited_by: string | null;
  joined_at: string;
  /**
   * Whether the membership holds a place in its user's owned-workspace counter (stored, never returned).
   * Absent on memberships stored before it was recorded: then only the creator's own (never an invitation's) holds one.
   */
  counted_as_owned?: boolean;
}

/**
 * Who a membership belongs to: an invitation (no `user_id` yet) is taken by the first signed-in
 * user with its verified email; from then on only that user, never another account that later
 * shows the same email.
 */
export const membershipStanding = (member: Pick<Member, 'user_id'>, userId: string): 'held' | 'unclaimed' | 'another_user' =>
  member.user_id === userId ? 'held' : member.user_id ? 'another_user' : 'unclaimed';

/** A user may own at most this many workspaces they created unless the environment says otherwise (MAX_OWNED_WORKSPACES). */
export const DEFAULT_MAX_OWNED_WORKSPACES = 5;

/**
 * How a membership moves owned-workspace counters. Only the workspace's creator holds a place, taken when
 * they create it or become its owner again, and released when their ownership leaves; a place is released
 * only by the membership that holds it. An invitation holds none, even one the creator claims: a creator
 * invited back as owner and removed again frees no second place.
 */
const claimedByCreator = (workspace: Workspace, member: Member): boolean =>
  member.user_id !== null && member.user_id === workspace.created_by;

const holdsOwnedPlace = (workspace: Workspace, member: Member): boolean =>
  member.counted_as_owned ?? (member.invited_by === null && claimedByCreator(workspace, member));

/** The user whose place an owner's membership releases when it is removed: null when it holds none. */
export const ownedPlaceReleased = (workspace: Workspace, member: Member): string | null =>
  member.role === 'owner' && holdsOwnedPlace(workspace, member) ? member.user_id : null;

export interface OwnedPlaceMove {
  /** The user whose place is released (the membership stops being an owner's). */
  releases: string | null;
  /** The user who takes a place (the creator, claimed, made owner again). */
  takes: string | null;
  /** What the membership records after the change. */
  counted: boolean;
}

/** How a role change moves the creator's owned-workspace counter. */
export const ownedPlaceMove = (workspace: Workspace, member: Member, to: Role): OwnedPlaceMove => {
  if (to !== 'owner') return { releases: ownedPlaceReleased(workspace, member), takes: null, counted: false };
  if (member.role === 'owner') return { releases: null, takes: null, counted: holdsOwnedPlace(workspace, member) };
  const takes = claimedByCreator(workspace, member) ? member.user_id : null;
  return { releases: null, takes, counted: takes !== null };
};

export const newWorkspace = (id: string, name: string, createdBy: string, now: string): Workspace => ({
  id,
  name,
  tier: 'free',
  agent_limit_override: null,
  // None configured: the environment's default model applies (Bedrock deployed, `local` in the local runtime).
  default_llm: null,
  four_eyes_approval: false,
  owner_count: 1,
  created_by: createdBy,
  created_at: now,
  updated_at: now,
  version: 1,
});

/** How many agents the workspace may hold: a platform operator's override, else its tier's limit. */
export const agentLimitOf = (workspace: Pick<Workspace, 'tier' | 'agent_limit_override'>): number | null =>
  workspace.agent_limit_override ?? tierLimits[workspace.tier].agents;

/** How many runs the workspace may have going at once: a platform operator's figure, else its tier's. */
export const concurrencyCapOf = (workspace: Pick<Workspace, 'tier' | 'execution_concurrency_override'>): number =>
  workspace.execution_concurrency_override ?? executionConcurrency[workspace.tier];

/** Settings that raise what a workspace may consume: its plan's business, set by platform operators only (owners → 403). */
export const OPERATOR_FIELDS = ['tier', 'agent_limit_override', 'monthly_budget_usd', 'execution_concurrency_override'] as const;

/** Settings owners and admins change; members do not. */
const MANAGER_FIELDS = ['name', 'default_llm', 'four_eyes_approval'] as const;

/**
 * What an update names that this caller may not change: operator fields unless a platform operator,
 * then the workspace settings unless an owner or admin. Neither refused: they may.
 */
export const fieldsRefused = (
  caller: { platform_admin: boolean },
  role: Role | null,
  changes: Partial<Workspace>,
): { operator: string[]; settings: boolean } => {
  const operator = caller.platform_admin ? [] : OPERATOR_FIELDS.filter((field) => changes[field] !== undefined);
  return { operator, settings: MANAGER_FIELDS.some((field) => changes[field] !== undefined) && !canManageWorkspace(role) };
};

const rank: Record<Role, number> = { member: 0, admin: 1, owner: 2 };

export const canManageWorkspace = (role: Role | null): boolean => role === 'owner' || role === 'admin';

/** Who is acting: a person (JWT) in their workspace role, or an API key with its scopes. */
export interface Caller {
  auth_type: 'jwt' | 'api_key';
  role: Role | null;
  scopes: readonly string[];
}

/** Owners and admins manage the workspace; an API key does only when its scopes name `admin` (it acts with the rights its scopes name). */
export const managesWorkspace = (caller: Caller): boolean =>
  canManageWorkspace(caller.role) && (caller.auth_type === 'jwt' || caller.scopes.includes('admin'));

/** Owners grant any role; admins manage members and admins but never owners. */
export const canAssignRole = (actor: Role | null, role: Role): boolean =>
  actor === 'owner' || (actor === 'admin' && rank[role] < rank.owner);

/** Who may change or remove a member: owners anyone; admins non-owners; everyone themselves (leaving). */
export const canChangeMember = (actor: Role | null, target: Role, isSelf: boolean): boolean =>
  actor === 'owner' || (actor === 'admin' && target !== 'owner') || isSelf;
