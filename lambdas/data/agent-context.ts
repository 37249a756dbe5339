import { gunzipSync, gzipSync } from 'node:zlib';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Agent } from '../domain/agents/model';
import type { AssignedRelease } from '../domain/context/assemble';
import type { RunningVersion } from '../domain/context/fingerprint';
import type { AgentContext } from '../domain/context/model';
import type { Persona } from '../domain/personas';
import type { Enablement, Plugin } from '../domain/plugins/model';
import { effectiveVersion } from '../domain/plugins/upgrade';
import { logger } from '../shared/logger';
import { withoutKeys } from './item';
import { agentContextKey, agentPluginsKey, personaKey, pluginEnablementKey, pluginKey } from './keys';
import { getPluginVersions } from './plugins';
import type { Assignment } from './plugins-assignments';
import { batchGetItems } from './batch';
import { ddb, tableName } from './table';

/**
 * What an agent's assembled context is read from (use-cases/agents/assemble-context.ts puts it together):
 * its plugin assignment, persona and cached context in one batched read, the plugins it runs with their
 * enablements in one more, the running versions' documents in one per 100. The assembled (untrimmed)
 * context is cached in the agent's partition under its fingerprint (domain/context/fingerprint.ts).
 */

const CACHE_TTL_SECONDS = 7 * 24 * 3600;
/** Under DynamoDB's 400 KB item limit, with room for keys; larger contexts are simply not cached. */
const CACHE_MAX_BYTES = 350 * 1024;

export interface ContextBasics {
  assignment: Assignment | null;
  persona: Persona | null;
  /** The cached context and the fingerprint it was stored under; read unpacks it. */
  cached: { fingerprint: string; read: () => AgentContext } | null;
}

const isItem = (item: Record<string, unknown>, key: { PK: string; SK: string }) => item.PK === key.PK && item.SK === key.SK;

/** The workspace persona an agent's context takes its persona prompt from; null for a custom one or none. */
const personaKeyOf = (workspaceId: string, agent: Agent) =>
  agent.persona_id && !agent.use_custom_persona ? personaKey(workspaceId, agent.persona_id) : null;

export const loadContextBasics = async (workspaceId: string, agent: Agent): Promise<ContextBasics> => {
  const assignmentKey = agentPluginsKey(agent.id);
  const cacheKey = agentContextKey(agent.id);
  const personaItemKey = personaKeyOf(workspaceId, agent);
  const items = await batchGetItems([assignmentKey, cacheKey, ...(personaItemKey ? [personaItemKey] : [])]);
  const find = (key: { PK: string; SK: string } | null) => (key ? items.find((item) => isItem(item, key)) : undefined);
  const assignment = find(assignmentKey);
  const persona = find(personaItemKey);
  const cached = find(cacheKey) as { fingerprint: string; context_gz: Uint8Array } | undefined;
  return {
    assignment: assignment ? withoutKeys<Assignment>(assignment) : null,
    persona: persona ? withoutKeys<Persona>(persona) : null,
    cached: cached
      ? { fingerprint: cached.fingerprint, read: () => JSON.parse(gunzipSync(cached.context_gz).toString('utf8')) as AgentContext }
      : null,
  };
};

/** The assigned plugins' running versions, from the plugins and their enablements in one batched read. */
export const runningVersions = async (workspaceId: string, ids: string[]): Promise<RunningVersion[]> => {
  const items = await batchGetItems([...ids.map(pluginKey), ...ids.map((id) => pluginEnablementKey(workspaceId, id))]);
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

/** Best effort: a context that cannot be cached is still the right answer, so a failed write only costs the next read. */
export const cacheContext = async (agentId: string, fingerprint: string, context: AgentContext): Promise<void> => {
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
export const releasesOf = async (versions: RunningVersion[]): Promise<Map<string, AssignedRelease['release']>> =>
  new Map((await getPluginVersions(versions)).map((v) => [`${v.plugin_id}@${v.version}`, v]));

/** Many agents' plugin assignments and workspace personas, in one batched read per 100 keys. */
export const loadAssignmentsAndPersonas = async (
  workspaceId: string,
  agents: readonly Agent[],
): Promise<{ assignments: Map<string, Assignment>; personas: Map<string, Persona> }> => {
  const items = await batchGetItems([
    ...agents.map((a) => agentPluginsKey(a.id)),
    ...agents.flatMap((a) => personaKeyOf(workspaceId, a) ?? []),
  ]);
  const assignments = new Map<string, Assignment>();
  const personas = new Map<string, Persona>();
  for (const item of items) {
    if (isItem(item, agentPluginsKey(String(item.agent_id)))) assignments.set(String(item.agent_id), withoutKeys<Assignment>(item));
    else personas.set(String(item.id), withoutKeys<Persona>(item));
  }
  return { assignments, personas };
};
