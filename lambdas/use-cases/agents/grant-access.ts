import { type AccessEntry, grantAccess } from '../../data/agent-access';
import { getMember } from '../../data/workspaces';
import type { AccessLevel } from '../../domain/agents/access';
import { Unprocessable } from '../../shared/errors';
import type { Principal } from '../../shared/principal';
import { loadAgentFor } from './authorize';

/** Sharing and agent admins alike: only a member of the agent's workspace can be given access. */
export const grant = async (principal: Principal, ref: string, email: string, access: AccessLevel): Promise<AccessEntry> => {
  const { agent } = await loadAgentFor(principal, ref, 'manage');
  if (!(await getMember(agent.workspace_id, email))) {
    throw new Unprocessable(
      'NOT_A_MEMBER',
      `${email} is not a member of this workspace; add them with POST /api/workspaces/{ws}/members first`,
      [{ field: 'email', issue: 'not a workspace member' }],
    );
  }
  const entry: AccessEntry = {
    agent_id: agent.id,
    workspace_id: agent.workspace_id,
    email,
    access,
    granted_by: principal.email || principal.user_id,
    granted_at: new Date().toISOString(),
  };
  await grantAccess(entry);
  return entry;
};
