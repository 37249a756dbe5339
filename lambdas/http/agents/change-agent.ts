import { saveAgent } from '../../data/agents';
import type { TransactItem } from '../../data/operations';
import { assertMayWidenOversight } from '../../domain/agents/governance-rights';
import { getWorkspace } from '../../data/workspaces';
import type { Agent } from '../../domain/agents/model';
import { changedFields } from '../../domain/agents/plan';
import { assertModelAllowed } from '../../domain/model-access';
import { publish } from '../../shared/events';
import type { PlatformEvent } from '../../shared/event-types';
import { VersionConflict } from '../../shared/errors';
import { modelAllowList } from '../../shared/model-allow-list';
import type { Principal } from '../../shared/principal';
import { loadAgentFor } from './access';
import { logAgentEvent } from './log-agent-event';

/**
 * The one path every agent change takes: load what the caller can see, check `If-Match`, apply
 * the change (oversight widened only by workspace managers), save it under a version condition, then publish the event.
 */
export const changeAgent = async (
  principal: Principal,
  ref: string,
  ifMatch: number | undefined,
  change: (agent: Agent, now: string) => Agent,
  event: PlatformEvent = 'agent.updated',
  /** Items that commit with the change (an adaptation's history item). */
  alsoWrite: (before: Agent, after: Agent) => TransactItem[] = () => [],
): Promise<Agent> => {
  const { agent: before } = await loadAgentFor(principal, ref, 'manage');
  if (ifMatch !== undefined && ifMatch !== before.version) throw new VersionConflict(before.version);
  const after = change(before, new Date().toISOString());
  assertMayWidenOversight(principal, before, after);
  if (after.llm_provider !== before.llm_provider || after.llm_model !== before.llm_model) {
    const tier = principal.tier ?? (await getWorkspace(after.workspace_id))?.tier ?? 'free';
    assertModelAllowed(modelAllowList, tier, after);
  }
  await saveAgent(before, after, before.version, alsoWrite(before, after));
  const changed = changedFields(before, after);
  await publish(event, after.workspace_id, {
    agent_id: after.id,
    name: after.name,
    slug: after.slug,
    changed,
    ...(before.slug !== after.slug ? { previous_slug: before.slug } : {}),
  });
  await logAgentEvent(event, after, principal.user_id, { changed, previous_slug: before.slug });
  return after;
};
