import { agentsVisibleTo } from '../../data/agent-access';
import { agentIdsBySlug, getAgentsByIds } from '../../data/agent-folders';
import type { Agent } from '../../domain/agents/model';
import { idPattern } from '../../domain/ids';
import { type Principal, seesEveryAgent } from '../../shared/principal';

/**
 * Which agents a folder route may show or use: the same rule as every agent route (owners and
 * admins read every agent; members those they created, administer or were shared), read in batches.
 */

/** The agents `refs` (ids or slugs) name in the workspace that the caller can read, by ref; deleted ones are not found. */
export const readableAgentsByRef = async (
  principal: Principal,
  workspaceId: string,
  refs: readonly string[],
): Promise<Map<string, Agent>> => {
  const isId = (ref: string) => idPattern('agent').test(ref);
  if (!seesEveryAgent(principal)) {
    const visible = (await agentsVisibleTo(principal.email, workspaceId)).map((v) => v.agent);
    return new Map(
      refs.flatMap((ref) => visible.filter((a) => (isId(ref) ? a.id === ref : a.slug === ref.toLowerCase())).map((a) => [ref, a] as const)),
    );
  }
  const idOfSlug = await agentIdsBySlug(
    workspaceId,
    refs.filter((ref) => !isId(ref)).map((ref) => ref.toLowerCase()),
  );
  const idOf = (ref: string) => (isId(ref) ? ref : idOfSlug.get(ref.toLowerCase()));
  const agents = await getAgentsByIds(
    workspaceId,
    refs.map(idOf).filter((id): id is string => id !== undefined),
  );
  return new Map(
    refs.flatMap((ref) => {
      const agent = agents.get(idOf(ref) ?? '');
      return agent && agent.status !== 'deleted' ? [[ref, agent] as const] : [];
    }),
  );
};

/** Which of these agent ids the caller can read. */
export const readableAmong = async (principal: Principal, workspaceId: string, agentIds: readonly string[]): Promise<Set<string>> => {
  if (seesEveryAgent(principal)) return new Set(agentIds);
  const visible = new Set((await agentsVisibleTo(principal.email, workspaceId)).map((v) => v.agent.id));
  return new Set(agentIds.filter((id) => visible.has(id)));
};
