/**
 * Per-agent access (API.md "Per-agent access"): a caller's effective level on one agent, and what
 * each level allows. Workspace owners and admins manage every agent; otherwise the creator owns it,
 * agent admins have full control except delete, `use` may read and execute, `view` may read.
 */

export const ACCESS_LEVELS = ['owner', 'admin', 'use', 'view'] as const;
export type AccessLevel = (typeof ACCESS_LEVELS)[number];
export type ShareAccess = Extract<AccessLevel, 'use' | 'view'>;

/** One email's level on one agent: a share, an agent admin, or the creator's `owner` entry. */
export interface AccessEntry {
  agent_id: string;
  workspace_id: string;
  email: string;
  access: AccessLevel;
  granted_by: string;
  granted_at: string;
}

const rank: Record<AccessLevel, number> = { view: 0, use: 1, admin: 2, owner: 3 };

export const effectiveAccess = (workspaceRole: string | null, entry: AccessLevel | null): AccessLevel | null =>
  workspaceRole === 'owner' || workspaceRole === 'admin' ? 'owner' : entry;

export const canRead = (level: AccessLevel | null): boolean => level !== null;
export const canExecute = (level: AccessLevel | null): boolean => level !== null && rank[level] >= rank.use;
export const canManage = (level: AccessLevel | null): boolean => level !== null && rank[level] >= rank.admin;
export const canDelete = (level: AccessLevel | null): boolean => level === 'owner';
