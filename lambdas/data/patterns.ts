import type { QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import {
  ACTIVE_EXECUTION_PREFIX,
  ADAPTATION_PREFIX,
  AGENT_LOG_PREFIX,
  AGENT_TEMPLATE_PREFIX,
  deliveryKey,
  EPISODE_PREFIX,
  EXAM_SET_PREFIX,
  executionStepsPrefix,
  GRADUATION_PREFIX,
  PENDING_UPLOAD_PREFIX,
  PERSONA_PREFIX,
  PLUGIN_ENABLEMENT_PREFIX,
  PLUGIN_VERSION_PREFIX,
  pluginKey,
  pluginUseKey,
  SCHEDULE_PREFIX,
  WEBHOOK_PREFIX,
  AGENT_ACCESS_PREFIX,
  AGENT_LIST_PREFIXES,
  activeExecutionsPartition,
  agentAccessKey,
  agentKey,
  agentPartition,
  agentValuePartition,
  agentsPartition,
  apiKeyIndexKeys,
  apiKeysPartition,
  deliveriesPartition,
  EXECUTION_PREFIX,
  executionsPartition,
  executionStatusPrefix,
  MARKETPLACE_NAME_PREFIX,
  MARKETPLACE_PARTITION,
  MEMBER_PREFIX,
  membershipsPartition,
  PUBLISHED_FOLDER_PREFIX,
  publishedFoldersPartition,
  REAP_PREFIX,
  visibleAgentsPrefix,
  workspacePartition,
} from './keys';
import { type IndexName, tableDefinition } from './table-definition';
import { tableName } from './table';

/**
 * Every query of the single table, declared once by name: the index it reads, how its partition and
 * sort-key prefix are built from the pattern's arguments (always through keys.ts), and what it answers.
 * Repositories call a pattern by name (`patternQuery`, `patternScope`); no other module names an index
 * or a key prefix (test/unit/data/patterns.test.ts checks both, and that keys.ts' table of queries is
 * the one rendered from here).
 */

export interface AccessPattern<A> {
  index: IndexName | 'table';
  partition: (args: A) => string;
  /** The sort keys the pattern reads start with this (a `begins_with` key condition). */
  sortPrefix?: (args: A) => string;
  description: string;
}

const pattern = <A>(p: AccessPattern<A>) => p;

type Ws = { ws: string };
type WsValue = { ws: string; value: string };

export const patterns = {
  membersOf: pattern({
    index: 'table',
    partition: ({ ws }: Ws) => workspacePartition(ws),
    sortPrefix: () => MEMBER_PREFIX,
    description: "a workspace's members by email",
  }),
  membershipsOf: pattern({
    index: 'GSI1',
    partition: ({ email }: { email: string }) => membershipsPartition(email),
    sortPrefix: () => MEMBER_PREFIX,
    description: "an email's memberships, earliest first",
  }),
  agentsByName: pattern({
    index: 'GSI1',
    partition: ({ ws }: Ws) => agentsPartition(ws),
    sortPrefix: () => AGENT_LIST_PREFIXES.name,
    description: "a workspace's agents by name (under `DELETED#` the deleted ones)",
  }),
  agentsByCreation: pattern({
    index: 'GSI2',
    partition: ({ ws }: Ws) => agentsPartition(ws),
    sortPrefix: () => AGENT_LIST_PREFIXES.created_at,
    description: "a workspace's agents by creation (under `DELETED#` the deleted ones); the live ones for fleet views",
  }),
  agentsByUpdate: pattern({
    index: 'GSI3',
    partition: ({ ws }: Ws) => agentsPartition(ws),
    sortPrefix: () => AGENT_LIST_PREFIXES.updated_at,
    description: "a workspace's agents by last update (under `DELETED#` the deleted ones)",
  }),
  agentValueByName: pattern({
    index: 'GSI1',
    partition: ({ ws, value }: WsValue) => agentValuePartition(ws, value),
    sortPrefix: () => AGENT_LIST_PREFIXES.name,
    description: 'the live agents holding one filter value, by name',
  }),
  agentValueByCreation: pattern({
    index: 'GSI2',
    partition: ({ ws, value }: WsValue) => agentValuePartition(ws, value),
    sortPrefix: () => AGENT_LIST_PREFIXES.created_at,
    description: 'the live agents holding one filter value, by creation',
  }),
  agentValueByUpdate: pattern({
    index: 'GSI3',
    partition: ({ ws, value }: WsValue) => agentValuePartition(ws, value),
    sortPrefix: () => AGENT_LIST_PREFIXES.updated_at,
    description: 'the live agents holding one filter value, by last update',
  }),
  workspaceAgents: pattern({
    index: 'table',
    partition: ({ ws }: Ws) => workspacePartition(ws),
    sortPrefix: ({ ws }: Ws) => agentKey(ws, '').SK,
    description: "a workspace's agent items, live and deleted (the filter value backfill)",
  }),
  apiKeysOf: pattern({
    index: 'GSI1',
    partition: ({ ws }: Ws) => apiKeysPartition(ws),
    sortPrefix: ({ ws }: Ws) => apiKeyIndexKeys(ws, '').GSI1SK,
    description: "a workspace's API keys by id",
  }),
  accessEntriesOf: pattern({
    index: 'table',
    partition: ({ agent }: { agent: string }) => agentAccessKey(agent, '').PK,
    sortPrefix: () => AGENT_ACCESS_PREFIX,
    description: 'who may use an agent, with their level',
  }),
  agentsVisibleTo: pattern({
    index: 'GSI1',
    partition: ({ email }: { email: string; ws: string }) => membershipsPartition(email),
    sortPrefix: ({ ws }: { email: string; ws: string }) => visibleAgentsPrefix(ws),
    description: 'the agents an email holds access entries for in one workspace',
  }),
  activeExecutionsDue: pattern({
    index: 'GSI2',
    partition: ({ shard }: { shard: number }) => activeExecutionsPartition(shard),
    sortPrefix: () => REAP_PREFIX,
    description: 'active runs of one shard by reap time, up to a time (a sort-key range); 8 shards',
  }),
  executionsOf: pattern({
    index: 'table',
    partition: ({ agent }: { agent: string }) => agentPartition(agent),
    sortPrefix: () => EXECUTION_PREFIX,
    description: "an agent's executions, newest first",
  }),
  activeExecutionsOf: pattern({
    index: 'GSI1',
    partition: ({ agent }: { agent: string }) => executionsPartition(agent),
    sortPrefix: () => ACTIVE_EXECUTION_PREFIX,
    description: "an agent's active executions: is it busy?",
  }),
  executionsByStatus: pattern({
    index: 'GSI1',
    partition: ({ agent }: { agent: string; status: string; active: boolean }) => executionsPartition(agent),
    sortPrefix: ({ status, active }: { agent: string; status: string; active: boolean }) => executionStatusPrefix(status, active),
    description: "an agent's executions in one status, newest first (under `ENDED#` the finished statuses)",
  }),
  workspacePublishedFolders: pattern({
    index: 'GSI1',
    partition: ({ ws }: Ws) => publishedFoldersPartition(ws),
    sortPrefix: () => PUBLISHED_FOLDER_PREFIX,
    description: "a workspace's published folders by publisher and name",
  }),
  marketplace: pattern({
    index: 'GSI1',
    partition: () => MARKETPLACE_PARTITION,
    sortPrefix: ({ q }: { q: string }) => `${MARKETPLACE_NAME_PREFIX}${q}`,
    description: 'published plugins by name (`q`: a name prefix)',
  }),
  personasOf: pattern({
    index: 'table',
    partition: ({ ws }: Ws) => workspacePartition(ws),
    sortPrefix: () => PERSONA_PREFIX,
    description: "a workspace's personas by id (creation order)",
  }),
  agentTemplatesOf: pattern({
    index: 'table',
    partition: ({ ws }: Ws) => workspacePartition(ws),
    sortPrefix: () => AGENT_TEMPLATE_PREFIX,
    description: "a workspace's agent templates by name",
  }),
  examSetsOf: pattern({
    index: 'table',
    partition: ({ ws }: Ws) => workspacePartition(ws),
    sortPrefix: () => EXAM_SET_PREFIX,
    description: "a workspace's exam sets by level",
  }),
  webhooksOf: pattern({
    index: 'table',
    partition: ({ ws }: Ws) => workspacePartition(ws),
    sortPrefix: () => WEBHOOK_PREFIX,
    description: "a workspace's webhooks (the delivery path filters the subscribed ones)",
  }),
  pluginEnablementsOf: pattern({
    index: 'table',
    partition: ({ ws }: Ws) => workspacePartition(ws),
    sortPrefix: () => PLUGIN_ENABLEMENT_PREFIX,
    description: "a workspace's enabled plugins",
  }),
  pluginUsesOf: pattern({
    index: 'table',
    partition: ({ ws }: { ws: string; plugin: string }) => workspacePartition(ws),
    sortPrefix: ({ ws, plugin }: { ws: string; plugin: string }) => pluginUseKey(ws, plugin, '').SK,
    description: 'the agents of a workspace a plugin is assigned to',
  }),
  pluginVersionsOf: pattern({
    index: 'table',
    partition: ({ plugin }: { plugin: string }) => pluginKey(plugin).PK,
    sortPrefix: () => PLUGIN_VERSION_PREFIX,
    description: "a plugin's versions",
  }),
  agentItems: pattern({
    index: 'table',
    partition: ({ agent }: { agent: string }) => agentPartition(agent),
    description: "every item of an agent's partition (purge)",
  }),
  agentLogsOf: pattern({
    index: 'table',
    partition: ({ agent }: { agent: string }) => agentPartition(agent),
    sortPrefix: () => AGENT_LOG_PREFIX,
    description: "an agent's log lines, newest first",
  }),
  executionStepsOf: pattern({
    index: 'table',
    partition: ({ agent }: { agent: string; execution: string }) => agentPartition(agent),
    sortPrefix: ({ execution }: { agent: string; execution: string }) => executionStepsPrefix(execution),
    description: "an execution's steps, in order",
  }),
  episodesOf: pattern({
    index: 'table',
    partition: ({ agent }: { agent: string }) => agentPartition(agent),
    sortPrefix: () => EPISODE_PREFIX,
    description: "an agent's episodes, newest first; from a time on (a sort-key range) for governance violations",
  }),
  adaptationsOf: pattern({
    index: 'table',
    partition: ({ agent }: { agent: string }) => agentPartition(agent),
    sortPrefix: () => ADAPTATION_PREFIX,
    description: "an agent's adaptation history",
  }),
  graduationsOf: pattern({
    index: 'table',
    partition: ({ agent }: { agent: string }) => agentPartition(agent),
    sortPrefix: () => GRADUATION_PREFIX,
    description: "an agent's graduations, newest first",
  }),
  schedulesOf: pattern({
    index: 'table',
    partition: ({ agent }: { agent: string }) => agentPartition(agent),
    sortPrefix: () => SCHEDULE_PREFIX,
    description: "an agent's schedules",
  }),
  pendingUploadsOf: pattern({
    index: 'table',
    partition: ({ agent }: { agent: string }) => agentPartition(agent),
    sortPrefix: () => PENDING_UPLOAD_PREFIX,
    description: "an agent's pending uploads (the expired ones, filtered)",
  }),
  publishedFoldersOf: pattern({
    index: 'table',
    partition: ({ agent }: { agent: string }) => agentPartition(agent),
    sortPrefix: () => PUBLISHED_FOLDER_PREFIX,
    description: "an agent's published folders with their consumers",
  }),
  deliveryWithAttempts: pattern({
    index: 'table',
    partition: ({ webhook }: { webhook: string; delivery: string }) => deliveryKey(webhook, '').PK,
    sortPrefix: ({ webhook, delivery }: { webhook: string; delivery: string }) => deliveryKey(webhook, delivery).SK,
    description: 'a delivery and its attempts, oldest first',
  }),
  deliveriesOf: pattern({
    index: 'GSI1',
    partition: ({ webhook }: { webhook: string }) => deliveriesPartition(webhook),
    description: "a webhook's deliveries, newest first",
  }),
  deliveriesInStatus: pattern({
    index: 'GSI2',
    partition: ({ webhook, status }: { webhook: string; status: string }) => deliveriesPartition(webhook, status),
    description: "a webhook's deliveries in one status, newest first",
  }),
} as const;

/** What a query reads: the index (none for the table), one partition and an optional sort-key prefix. */
export interface QueryScope {
  index?: IndexName;
  partition: string;
  sortPrefix?: string;
}

export const patternScope = <A>(p: AccessPattern<A>, args: A): QueryScope => ({
  ...(p.index === 'table' ? {} : { index: p.index }),
  partition: p.partition(args),
  ...(p.sortPrefix ? { sortPrefix: p.sortPrefix(args) } : {}),
});

/** The key attributes of the table or of one of its indexes. */
export const keyAttributesOf = (index: IndexName | undefined) => {
  const gsi = index ? tableDefinition.globalIndexes.find((i) => i.name === index) : undefined;
  return { partitionKey: gsi?.partitionKey ?? tableDefinition.partitionKey, sortKey: gsi?.sortKey ?? tableDefinition.sortKey };
};

/** Instead of the scope's prefix: sort keys from `low` to `high` inclusive, or exactly `equals`. */
type SortCondition = { between: readonly [string, string] } | { equals: string };

/**
 * A query's table, index and key condition (`#pk`/`#sk`, `:pk` and `:prefix`,
 * `:low`/`:high` or `:sk`): callers add their own names and values.
 */
const keyCondition = (scope: QueryScope, sort?: SortCondition) => {
  const { partitionKey, sortKey } = keyAttributesOf(scope.index);
  const [condition, values]: [string, Record<string, unknown>] = !sort
    ? scope.sortPrefix === undefined
      ? ['', {}]
      : [' AND begins_with(#sk, :prefix)', { ':prefix': scope.sortPrefix }]
    : 'equals' in sort
      ? [' AND #sk = :sk', { ':sk': sort.equals }]
      : [' AND #sk BETWEEN :low AND :high', { ':low': sort.between[0], ':high': sort.between[1] }];
  return {
    TableName: tableName,
    ...(scope.index ? { IndexName: scope.index } : {}),
    KeyConditionExpression: `#pk = :pk${condition}`,
    ExpressionAttributeNames: (condition ? { '#pk': partitionKey, '#sk': sortKey } : { '#pk': partitionKey }) as Record<string, string>,
    ExpressionAttributeValues: { ':pk': scope.partition, ...values } as Record<string, unknown>,
  };
};

/** The rest of a query's input; its names and values join the key condition's. */
export type QueryOptions = Omit<QueryCommandInput, 'TableName' | 'IndexName' | 'KeyConditionExpression'> & { sort?: SortCondition };

/** The query input of a scope a pattern gave. */
export const scopeQuery = (scope: QueryScope, options: QueryOptions = {}): QueryCommandInput => {
  const { sort, ExpressionAttributeNames, ExpressionAttributeValues, ...rest } = options;
  const key = keyCondition(scope, sort);
  return {
    ...key,
    ExpressionAttributeNames: { ...key.ExpressionAttributeNames, ...ExpressionAttributeNames },
    ExpressionAttributeValues: { ...key.ExpressionAttributeValues, ...ExpressionAttributeValues },
    ...rest,
  };
};

/** A pattern's query input, by name: `patternQuery(patterns.apiKeysOf, { ws })`. */
export const patternQuery = <A>(p: AccessPattern<A>, args: A, options: QueryOptions = {}): QueryCommandInput =>
  scopeQuery(patternScope(p, args), options);
