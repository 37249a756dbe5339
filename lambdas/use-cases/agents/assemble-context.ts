import { cacheContext, loadAssignmentsAndPersonas, loadContextBasics, releasesOf, runningVersions } from '../../data/agent-context';
import type { Agent } from '../../domain/agents/model';
import { assembleContext } from '../../domain/context/assemble';
import { fitToBudget } from '../../domain/context/budget';
import { assignedReleases, contextFingerprint } from '../../domain/context/fingerprint';
import type { AgentContext, TokenEstimate } from '../../domain/context/model';

/**
 * Assembling an agent's context, the one implementation behind `GET /api/agents/{agent}/context` and
 * the execution flow; the primary course:
 * 1. read the agent's plugin assignment, persona and cached context, then the versions its plugins run at;
 * 2. fingerprint what the context is made of (domain/context/fingerprint.ts);
 * 3. the cached context when its fingerprint matches; else read the running versions' documents, assemble
 *    (domain/context/assemble.ts) and cache the result;
 * 4. trim to the token budget asked for (domain/context/budget.ts).
 */
export const assembleAgentContext = async (
  workspaceId: string,
  agent: Agent,
  options: { maxTokens?: number } = {},
): Promise<AgentContext> => {
  const { assignment, persona, cached } = await loadContextBasics(workspaceId, agent);
  const assignmentVersion = assignment?.version ?? 0;
  const versions = await runningVersions(workspaceId, assignment?.plugin_ids ?? []);
  const fingerprint = contextFingerprint(agent, persona, assignmentVersion, versions);
  let context: AgentContext;
  if (cached?.fingerprint === fingerprint) {
    context = cached.read();
  } else {
    context = assembleContext({ agent, persona, plugins: assignedReleases(versions, await releasesOf(versions)), assignmentVersion });
    await cacheContext(agent.id, fingerprint, context);
  }
  return options.maxTokens === undefined ? context : fitToBudget(context, options.maxTokens);
};

/**
 * The token estimates of many agents' assembled (untrimmed) contexts, by agent id: what
 * `assembleAgentContext` counts for each, read in bulk rather than per agent. The agents'
 * assignments and personas take one batched read per 100 keys, the plugins they run with their
 * enablements one more, and those plugins' versions one more: O(agents / 100 + plugins / 100)
 * reads, whatever the number of agents. The context cache is not used: checking it costs the same reads.
 */
export const contextEstimatesOf = async (workspaceId: string, agents: readonly Agent[]): Promise<Map<string, TokenEstimate>> => {
  const { assignments, personas } = await loadAssignmentsAndPersonas(workspaceId, agents);
  const pluginIds = [...new Set([...assignments.values()].flatMap((a) => a.plugin_ids))];
  const running = new Map((pluginIds.length > 0 ? await runningVersions(workspaceId, pluginIds) : []).map((v) => [v.pluginId, v]));
  const releases = running.size > 0 ? await releasesOf([...running.values()]) : new Map();
  return new Map(
    agents.map((agent) => {
      const assignment = assignments.get(agent.id);
      const versions = (assignment?.plugin_ids ?? []).flatMap((id) => running.get(id) ?? []);
      const persona = agent.persona_id ? (personas.get(agent.persona_id) ?? null) : null;
      const context = assembleContext({
        agent,
        persona,
        plugins: assignedReleases(versions, releases),
        assignmentVersion: assignment?.version ?? 0,
      });
      return [agent.id, context.token_estimate];
    }),
  );
};
