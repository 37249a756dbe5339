/**
 * The workspace's `default` agent, created with the workspace in the same transaction. It is a
 * system agent: it cannot be deleted and does not count against the tier's agent limit.
 */
export const SYSTEM_AGENT_SLUG = 'default';

export const systemAgent = (id: string, workspaceId: string, owner: { user_id: string; email: string }, now: string) => ({
  id,
  workspace_id: workspaceId,
  name: 'Default',
  slug: SYSTEM_AGENT_SLUG,
  description: "The workspace's default assistant",
  type: 'business-assistant',
  role: 'general-assistant',
  maturity_level: 'student',
  status: 'active',
  runtime_state: 'stopped',
  is_system: true,
  owner: owner.user_id,
  owner_email: owner.email,
  created_by: owner.user_id,
  created_at: now,
  updated_at: now,
  version: 1,
});
