import { grantAccess } from '../../data/agent-access';
import { memberRead } from '../../data/workspaces';
import type { AccessEntry, AccessLevel } from '../../domain/agents/access';
import { Unprocessable } from '../../domain/errors';
import { currentWorkspace, type Principal } from '../../shared/principal';
import { loadAgentWith } from '../agents/authorize';

/**
 * Granting access to an agent (sharing and agent admins alike), the primary course:
 * 1. load the agent the caller may manage, and the grantee's membership of its workspace beside it;
 * 2. the grantee must be a member (422 NOT_A_MEMBER);
 * 3. store the access entry.
 */
export const grant = async (principal: Principal, ref: string, email: string, access: AccessLevel): Promise<AccessEntry> => {
  const workspaceId = currentWorkspace(principal);
  const { agent, item: member } = await loadAgentWith(principal, ref, 'manage', () => memberRead(workspaceId, email));
  if (!member) {
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
