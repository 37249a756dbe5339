import { getGraduation } from '../../data/graduations';
import type { Graduation } from '../../domain/graduation/model';
import { managesWorkspace } from '../../domain/workspaces';
import { Forbidden, NotFound } from '../../domain/errors';
import type { Principal } from '../../shared/principal';
import { loadAgent } from '../agents/authorize';

/** Graduations are read by whoever reads the agent and started or cancelled by workspace owners and admins (API keys: `admin`). */

export const assertManagesWorkspace = (principal: Principal): void => {
  if (!managesWorkspace(principal))
    throw new Forbidden(
      'only workspace owners and admins may start or cancel a graduation (API keys need the admin scope); ask one of them',
    );
};

/** A graduation of an agent the caller can read; another agent's or workspace's answers 404. */
export const loadGraduation = async (principal: Principal, agentRef: string, graduationId: string): Promise<Graduation> => {
  const agent = await loadAgent(principal, agentRef);
  const graduation = await getGraduation(agent.id, graduationId);
  if (!graduation) throw new NotFound(`graduation ${graduationId} does not exist for agent ${agent.slug}`, 'graduation');
  return graduation;
};
