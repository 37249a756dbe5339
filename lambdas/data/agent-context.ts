import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Agent } from '../domain/agents/model';
import { assembleContext, type AssignedRelease } from '../domain/context/assemble';
import { fitToBudget } from '../domain/context/budget';
import type { AgentContext, TokenEstimate } from '../domain/context/model';
import type { Persona } from '../domain/personas';
import type { Enablement, Plugin } from '../domain/plugins/model';
import { effectiveVersion } from '../domain/plugins/upgrade';
import { logger } from '../shared/logger';
import { withoutKeys } from './item';
import { agentContextKey, agentPluginsKey, personaKey, pluginEnablementKey, pluginKey } from './keys';
import { getPluginVersions } from './plugins';
import type { Assignment } from './plugins-assignments';
import { batchGet } from './plugins-batch';
import { ddb, tableName } from './table';

export type { AgentContext } from '../domain/context/model';

/**
 * An agent's assembled context: the one implementation behind `GET /api/agents/{agent}/context`
 * and the execution flow. The assembled (untrimmed) context is cached in the agent's partition
 * under a fingerprint of everything it is made of: the agent's version, its persona's version,
 * its assignment version and the version each assigned plugin runs at. Any change to one of
 * them changes the fingerprint, so a stale cache is never used; the check costs two batched
 * reads, and only a miss reads the plugin versions' documents.
 */

/** Bumped whenever assembly changes shape, so contexts cached by older code are not reused. */
const CONTEXT_FORMAT = 1;
const CACHE_TTL_SECONDS = 7 * 24 * 3600;
/** Under DynamoDB's 400 KB item limit, with room for keys; larger contexts are simply not cached. */
const CACHE_MAX_BYTES = 350 * 1024;

interface Loaded {
  assignment: Assignment | null;
  persona: Persona | null;
  cached: { fingerprint: string; context_gz: Uint8Array } | null;
}

const isItem = (item: Record<string, unknown>, key: { PK: string; SK: string }) => item.PK === key.PK && item.SK === key.SK;

/** The workspace persona an agent's context takes its persona prompt from; null for a custom one or none. */
const personaKeyOf = (workspaceId: string, agent: Agent) =>
  agent.persona_id && !agent.use_custom_persona ? personaKey(workspaceId, agent.persona_id) : null;

const loadBasics = async (workspaceId: string, agent: Agent): Promise<Loaded> => {
  const assignmentKey = agentPluginsKey(agent.id);
  const cacheKey = agentContextKey(agent.id);
  const personaItemKey = personaKeyOf(workspaceId, agent);
  const items = await batchGet([assignmentKey, cacheKey, ...(personaItemKey ? [personaItemKey] : [])]);
  const find = (key: { PK: string; SK: string } | null) => (key ? items.find((item) => isItem(item, key)) : undefined);
  const assignment = find(assignmentKey);
  const persona = find(personaItemKey);
  const cached = find(cacheKey);
  return {
    assignment: assignment ? withoutKeys<Assignment>(assignment) : null,
    persona: persona ? withoutKeys<Persona>(persona) : null,
    cached: cached ? (cached as Loaded['cached']) : null,
  };
};

type PluginAtVersion = { pluginId: string; version: string };

/** The assigned plugins and their enablements, in one batched read. */
const loadPlugins = async (workspaceId: string, ids: string[]): Promise<PluginAtVersion[]> => {
  const items = await batchGet([...ids.map(pluginKey), ...ids.map((id) => pluginEnablementKey(workspaceId, id))]);
  const plugins = new Map<string, Plugin>();
  const enablements = new Map<string, Enablement>();
  for (const item of items) {
    if (item.SK === 'META') plugins.set(String(item.id), withoutKeys<Plugin>(item));
    else enablements.set(String(item.plugin_id), withoutKeys<Enablement>(item));
  }
  return ids.flatMap((id) => {
    const plugin = plugins.get(id);
    const version = plugin ? effectiveVersion(plugin, enablements.get(id) ?? null) : null;
    return version ? [{ pluginId: id, version }] : [];
  });
};

const fingerprintOf = (agent: Agent, persona: Persona | null, assignmentVersion: number, versions: PluginAtVersion[]) =>
  createHash('sha256')
    .update(
      JSON.stringify([
        CONTEXT_FORMAT,
        agent.id,
        agent.version,
        persona ? [persona.id, persona.version] : null,
        assignmentVersion,
        versions,
      ]),
    )
    .digest('hex');

/** Best effort: a context that cannot be cached is still the right answer, so a failed write only costs the next read. */
const storeInCache = async (agentId: string, fingerprint: string, context: AgentContext): Promise<void> => {
  const gz = gzipSync(JSON.stringify(context));
  if (gz.length > CACHE_MAX_BYTES) return;
  try {
    await ddb.send(
      new PutCommand({
        TableName: tableName,
        Item: { ...agentContextKey(agentId), fingerprint, context_gz: gz, expires_at: Math.floor(Date.now() / 1000) + CACHE_TTL_SECONDS },
      }),
    );
  } catch (error) {
    logger.warn('assembled context not cached', { agent_id: agentId, error: (error as Error).name });
  }
};

/** The stored plugin versions, by `plugin@version`, in one batched read per 100. */
const releasesOf = async (versions: PluginAtVersion[]): Promise<Map<string, AssignedRelease['release']>> =>
  new Map((await getPluginVersions(versions)).map((v) => [`${v.plugin_id}@${v.version}`, v]));

const assignedReleases = (versions: PluginAtVersion[], releases: Map<string, AssignedRelease['release']>): AssignedRelease[] =>
  versions.flatMap(({ pluginId, version }) => {
    const release = releases.get(`${pluginId}@${version}`);
    return release ? [{ plugin_id: pluginId, release }] : [];
  });

const assemble = async (agent: Agent, persona: Persona | null, assignmentVersion: number, versions: PluginAtVersion[]) =>
  assembleContext({ agent, persona, plugins: assignedReleases(versions, await releasesOf(versions)), assignmentVersion });

export const assembleAgentContext = async (
  workspaceId: string,
  agent: Agent,
  options: { maxTokens?: number } = {},
): Promise<AgentContext> => {
  const { assignment, persona, cached } = await loadBasics(workspaceId, agent);
  const assignmentVersion = assignment?.version ?? 0;
  const versions = await loadPlugins(workspaceId, assignment?.plugin_ids ?? []);
  const fingerprint = fingerprintOf(agent, persona, assignmentVersion, versions);
  let context: AgentContext;
  if (cached?.fingerprint === fingerprint) {
    context = JSON.parse(gunzipSync(cached.context_gz).toString('utf8')) as AgentContext;
  } else {
    context = await assemble(agent, persona, assignmentVersion, versions);
    await storeInCache(agent.id, fingerprint, context);
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
  const items = await batchGet([...agents.map((a) => agentPluginsKey(a.id)), ...agents.flatMap((a) => personaKeyOf(workspaceId, a) ?? [])]);
  const assignments = new Map<string, Assignment>();
  const personas = new Map<string, Persona>();
  for (const item of items) {
    if (isItem(item, agentPluginsKey(String(item.agent_id)))) assignments.set(String(item.agent_id), withoutKeys<Assignment>(item));
    else personas.set(String(item.id), withoutKeys<Persona>(item));
  }
  const pluginIds = [...new Set([...assignments.values()].flatMap((a) => a.plugin_ids))];
  const running = new Map((pluginIds.length > 0 ? await loadPlugins(workspaceId, pluginIds) : []).map((v) => [v.pluginId, v]));
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
