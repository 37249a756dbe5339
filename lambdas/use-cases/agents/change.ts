import { agentEvent } from '../../data/agent-events';
import { agentStatsRead } from '../../data/agent-stats';
import { saveAgent } from '../../data/agents';
import type { TransactItem } from '../../data/operations';
import { assertMayWidenOversight } from '../../domain/agents/governance-rights';
import { getWorkspace } from '../../data/workspaces';
import type { Agent } from '../../domain/agents/model';
import { changedFields } from '../../domain/agents/plan';
import { assertModelAllowed } from '../../domain/model-access';
import { VersionConflict } from '../../domain/errors';
import { modelAllowList } from '../../shared/model-allow-list';
import type { Principal } from '../../shared/principal';
import { loadAgentFor, loadAgentWith } from './authorize';
import type { AgentWithStats } from './with-stats';
import { checkAgentHealth } from './check-health';

/** Fields of the agent a health check reads (besides what it reads of its partition and workspace). */
const HEALTH_FIELDS: readonly string[] = [
  'llm_provider',
  'llm_integration_id',
  'embedding_integration_id',
  'storage_integration_id',
] satisfies (keyof Agent)[];

/** The events whose data is the agent's change. */
type AgentChangeEvent = 'agent.updated' | 'agent.renamed' | 'agent.started' | 'agent.stopped';

/** A change's event and log line, committed with it: the fields that changed, and the previous slug when the name moved. */
export const changeEvent = (principal: Principal, before: Agent, after: Agent, event: AgentChangeEvent): TransactItem[] => {
  const changed = changedFields(before, after);
  const data = {
    agent_id: after.id,
    name: after.name,
    slug: after.slug,
    changed,
    ...(before.slug !== after.slug ? { previous_slug: before.slug } : {}),
  };
  return agentEvent(event, after, principal.user_id, data, { changed, previous_slug: before.slug });
};

/**
 * The one path every agent change takes, the primary course:
 * 1. load the agent the caller may manage, and check `If-Match`;
 * 2. apply the change; oversight is widened only by workspace managers, a new model must be on the tier's allow-list;
 * 3. check health again when the model or integrations the agent names change;
 * 4. save under a version condition, its event and log line in the same transaction.
 */
/** A change: `change` may read what it needs first (a start's health check); `alsoWrite` commits with it (an adaptation's history item). */
type ChangeSpec = [
  ifMatch: number | undefined,
  change: (agent: Agent, now: string) => Agent | Promise<Agent>,
  event?: AgentChangeEvent,
  alsoWrite?: (before: Agent, after: Agent) => TransactItem[],
];

export const changeAgent = async (principal: Principal, ref: string, ...spec: ChangeSpec): Promise<Agent> =>
  applyChange(principal, (await loadAgentFor(principal, ref, 'manage')).agent, ...spec);

/** The same, for the answers that show the agent with its statistics: read beside the agent, in one request. */
export const changeAgentWithStats = async (principal: Principal, ref: string, ...spec: ChangeSpec): Promise<AgentWithStats> => {
  const { agent, item: stats } = await loadAgentWith(principal, ref, 'manage', agentStatsRead);
  return { agent: await applyChange(principal, agent, ...spec), stats };
};

/**
 * The same, for an agent the caller has just loaded for managing it (an avatar's upload checks the rights before
 * it stores the image): the change goes on from that read, and only when the agent moved meanwhile is it read,
 * judged and changed again. Without `If-Match` a change never fails for a write it did not race with.
 */
export const changeLoadedAgent = async (
  principal: Principal,
  loaded: Agent,
  change: (agent: Agent, now: string) => Agent | Promise<Agent>,
): Promise<Agent> => {
  try {
    return await applyChange(principal, loaded, undefined, change);
  } catch (error) {
    if (!(error instanceof VersionConflict)) throw error;
    return changeAgent(principal, loaded.id, undefined, change);
  }
};

const applyChange = async (
  principal: Principal,
  before: Agent,
  ...[ifMatch, change, event = 'agent.updated', alsoWrite = () => []]: ChangeSpec
): Promise<Agent> => {
  if (ifMatch !== undefined && ifMatch !== before.version) throw new VersionConflict(before.version);
  let after = await change(before, new Date().toISOString());
  assertMayWidenOversight(principal, before, after);
  if (after.llm_provider !== before.llm_provider || after.llm_model !== before.llm_model) {
    const tier = principal.tier ?? (await getWorkspace(after.workspace_id))?.tier ?? 'free';
    assertModelAllowed(modelAllowList, tier, after);
  }
  const changed = changedFields(before, after);
  // The model and integrations the agent names are what its health check reads of it: checked again, stored with the change.
  if (HEALTH_FIELDS.some((field) => changed.includes(field))) after = { ...after, health: (await checkAgentHealth(after)).health };
  await saveAgent(before, after, before.version, [...changeEvent(principal, before, after, event), ...alsoWrite(before, after)]);
  return after;
};
