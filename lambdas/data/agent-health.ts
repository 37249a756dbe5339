import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { AgentHealth, AssignedPluginFacts, HealthInputs, IntegrationFacts } from '../domain/agents/health';
import type { Agent } from '../domain/agents/model';
import { integrationRefsOf } from '../domain/integrations';
import { runningVersion } from '../domain/plugins/upgrade';
import type { CredentialsRecord } from './agent-credential-entries';
import { agentCredentialsKey, agentKey, agentPluginsKey, integrationKey } from './keys';
import { type PluginItems, readPluginItems } from './plugin-items';
import { getPluginVersions } from './plugins';
import type { Assignment } from './plugins-assignments';
import { batchGetItems } from './batch';
import type { TransactItem } from './operations';
import { ddb, tableName } from './table';

/**
 * What an agent's health is checked from, in at most two batched reads: its assignment, its credential
 * names and the integrations it names; then its plugins and their enablements (read by the caller when it
 * assigns plugins). The requirements of the
 * version each plugin runs come with those: the plugin's latest summary, or the version the workspace
 * approved; only a version that is neither (a pin made before approvals were kept) costs a third read.
 */

type AgentRef = Pick<Agent, 'id' | 'workspace_id' | 'llm_integration_id' | 'embedding_integration_id' | 'storage_integration_id'>;

const sameKey = (item: Record<string, unknown>, key: { PK: string; SK: string }) => item.PK === key.PK && item.SK === key.SK;

const pluginFacts = async (ids: readonly string[], { plugins, enablements }: PluginItems): Promise<AssignedPluginFacts[]> => {
  const facts = ids.map((id) => {
    const plugin = plugins.get(id);
    const enablement = enablements.get(id) ?? null;
    const running = plugin && enablement ? runningVersion(plugin, enablement)?.version : undefined;
    const summary = [plugin?.latest, enablement?.approved].find((s) => s && s.version === running);
    return {
      plugin_id: id,
      name: plugin?.name ?? null,
      enabled: Boolean(plugin && enablement),
      running,
      requires_credentials: summary?.requires_credentials ?? null,
    };
  });
  const unknown = facts.flatMap((f) => (f.running && !f.requires_credentials ? [{ pluginId: f.plugin_id, version: f.running }] : []));
  const documents = new Map(
    (await (unknown.length > 0 ? getPluginVersions(unknown) : [])).map((v) => [v.plugin_id, v.manifest.requires_credentials]),
  );
  return facts.map(({ running: _running, ...f }) => ({
    ...f,
    requires_credentials: f.requires_credentials ?? documents.get(f.plugin_id) ?? [],
  }));
};

type HealthReads = Omit<HealthInputs, 'agent' | 'local_provider_available'>;

/**
 * The agent's own items the check reads, in one batch: its credential names, the integrations it names and
 * (`withAssignment`) its assignment.
 */
const readAgentItems = async (agent: AgentRef, withAssignment: boolean) => {
  const assignmentKey = agentPluginsKey(agent.id);
  const credentialsKey = agentCredentialsKey(agent.id);
  const refs = integrationRefsOf(agent);
  const items = await batchGetItems(
    [...(withAssignment ? [assignmentKey] : []), credentialsKey, ...refs.map((r) => integrationKey(agent.workspace_id, r.id))],
    true,
  );
  const assignment = items.find((i) => sameKey(i, assignmentKey)) as Assignment | undefined;
  const credentials = items.find((i) => sameKey(i, credentialsKey)) as CredentialsRecord | undefined;
  const integrations = new Map(
    refs.flatMap((r) => {
      const item = items.find((i) => sameKey(i, integrationKey(agent.workspace_id, r.id)));
      if (!item) return [];
      const { id, kind, provider, config, credential_names } = item as unknown as IntegrationFacts;
      return [[id, { id, kind, provider, config, credential_names }] as const];
    }),
  );
  const own = { held_credentials: (credentials?.entries ?? []).map((e) => e.name), integrations };
  return { assignedIds: assignment?.plugin_ids ?? [], own, credentials: credentials ?? null };
};

/** What the check reads of the agent as stored, and the agent's credentials record it read with it. */
export const readHealthInputsWithCredentials = async (
  agent: AgentRef,
): Promise<{ reads: HealthReads; credentials: CredentialsRecord | null }> => {
  const { assignedIds, own, credentials } = await readAgentItems(agent, true);
  const plugins = await pluginFacts(assignedIds, await readPluginItems(agent.workspace_id, assignedIds, true));
  return { reads: { ...own, plugins }, credentials };
};

/** What the check reads of the agent as stored. */
export const readHealthInputs = async (agent: AgentRef): Promise<HealthReads> => (await readHealthInputsWithCredentials(agent)).reads;

/**
 * The same for plugins about to be assigned, whose items the caller reads anyway: the agent's own items
 * are read now (beside the caller's reads), and the plugins' facts come from the caller's items.
 */
export const readHealthInputsOnceAssigned = async (
  agent: AgentRef,
): Promise<(pluginIds: readonly string[], items: PluginItems) => Promise<HealthReads>> => {
  const { own } = await readAgentItems(agent, false);
  return async (pluginIds, items) => ({ ...own, plugins: await pluginFacts(pluginIds, items) });
};

/**
 * The last result, kept on the agent item. Like `runtime_state`, it is the platform's observation, so
 * neither `version` nor `updated_at` moves; a deleted agent's item is only ever soft-deleted, so the
 * condition merely guards against writing a stub.
 */
export const storeHealth = async (agent: Pick<Agent, 'id' | 'workspace_id'>, health: AgentHealth): Promise<void> => {
  await ddb.send(new UpdateCommand(healthWrite(agent, health).Update as NonNullable<TransactItem['Update']>));
};

/** The same write, as an item of the transaction of the change it follows from. */
export const healthWrite = (agent: Pick<Agent, 'id' | 'workspace_id'>, health: AgentHealth): TransactItem => ({
  Update: {
    TableName: tableName,
    Key: agentKey(agent.workspace_id, agent.id),
    UpdateExpression: 'SET health = :health',
    ConditionExpression: 'attribute_exists(PK)',
    ExpressionAttributeValues: { ':health': health },
  },
});
