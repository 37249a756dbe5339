import { encodeTime } from 'ulid';

/**
 * Every key of the single table is built here; no other module concatenates a key string.
 * Tenant isolation is by construction: every workspace-owned item's PK starts with `WS#<ws>`,
 * and the workspace id always comes from the verified principal, never from the request.
 *
 * Items and their keys, GSI keys as PK / SK (keep this list current when adding one):
 *
 * - health probe — PK `HEALTH`, SK `PROBE`:
 *   getHealthProbe (one read)
 * - idempotency record — PK `<scope>#IDEM#<sha256(caller,method,path,key)>`, SK `IDEM`:
 *   claim / replay a request
 * - workspace — PK `WS#<ws>`, SK `META`:
 *   getWorkspace
 * - member — PK `WS#<ws>`, SK `MEMBER#<email>`; GSI1 `EMAIL#<email>` / `MEMBER#<joined_at>#<ws>`:
 *   listMembers; membershipsOf(email), earliest first
 * - agent — PK `WS#<ws>`, SK `AGENT#<agent>`; GSI1 `WS#<ws>#AGENTS` / `NAME#<slug>`;
 *   GSI2 `WS#<ws>#AGENTS` / `CREATED#<ts>#<agent>`:
 *   getAgent; listAgents by name / created; GSI3 `WS#<ws>#AGENTS` / `UPDATED#<ts>#<agent>` by update; deleted
 *   agents move to `DELETED#…` sort keys so lists skip them by key condition
 * - agent value entry — PK `AGENT#<agent>`, SK `AGENTVAL#<field>=<value>`;
 *   GSI1 `WS#<ws>#AGENTS#<field>=<value>` / `NAME#<slug>#<agent>`; GSI2 same PK / `CREATED#<ts>#<agent>`:
 *   one keys-only item per filter value a live agent holds (`status`, `type`, `role`, `maturity_level`, each
 *   tag as `tags=<tag>`, the first 1–3 characters of its lowercase name as `q=<prefix>`, its persona as
 *   `persona_id=<psn>`), GSI3 same PK / `UPDATED#<ts>#<agent>`; rewritten in every transaction that writes the
 *   agent, removed when it is deleted: a filtered list reads one value's partition in the requested order
 *   (agent-list.ts), and a refused persona delete names the persona's first users
 * - agent value counts — PK `WS#<ws>`, SK `COUNT#AGENTVALS#<shard>`:
 *   live agents per filter value (attribute `<field>=<value>`, plus `status=deleted`), 16 shards by a hash of
 *   the name; `ADD` in the same transactions as the entries: exact single-filter totals, the choice of the
 *   most selective filter, and whether a persona has users (checked in its delete's transaction)
 * - slug lock — PK `WS#<ws>`, SK `SLUG#<slug>`:
 *   name uniqueness per workspace
 * - persona — PK `WS#<ws>`, SK `PERSONA#<psn>`:
 *   getPersona; listPersonas (by id = creation order); personaExists
 * - plugin — PK `PLUGIN#<plg>`, SK `META`; GSI1 `PLUGINS` / `NAME#<name>` (once published):
 *   getPlugin; marketplace by name (`q` = name prefix). Plugins are global, not workspace-owned
 * - plugin name lock — PK `PLUGINNAME#<name>`, SK `LOCK`:
 *   global name uniqueness; plugin by name
 * - plugin version — PK `PLUGIN#<plg>`, SK `VERSION#<semver>`:
 *   a version's manifest and docs (one read); versions of a plugin
 * - plugin enablement — PK `WS#<ws>`, SK `PLUGIN#<plg>`:
 *   enabled plugins of a workspace (pin, requires of the pin, `assigned_agents` count)
 * - plugin use — PK `WS#<ws>`, SK `PLUGINUSE#<plg>#<agent>`:
 *   agents of the workspace a plugin is assigned to (disable refuses / unassigns)
 * - agent plugins — PK `AGENT#<agent>`, SK `PLUGINS`:
 *   the agent's assigned plugin ids in priority order and their skills, with the assignment version;
 *   getAgentDetail
 * - agent context cache — PK `AGENT#<agent>`, SK `CONTEXT`:
 *   assembled context, valid while its fingerprint matches (TTL 7 days)
 * - agent log line — PK `AGENT#<agent>`, SK `LOG#<ulid>`:
 *   written in the transaction of the change it describes; recentAgentLogs: newest first, `Limit` tail (TTL
 *   `expires_at`, 30 days)
 * - agent statistics — PK `AGENT#<agent>`, SK `STATS`:
 *   getAgentStats (one read); getAgentDetail (with the plugins and the schedule counter, one BatchGetItem);
 *   executions `ADD` to it
 * - execution — PK `AGENT#<agent>`, SK `EXEC#<ulid>`;
 *   GSI1 `AGENT#<agent>#EXEC` / `<ACTIVE|ENDED>#<status>#<ulid>`;
 *   GSI2 `EXECUTIONS#ACTIVE#<shard>` / `REAP#<ts>#<agent>#<exec>` (active runs only):
 *   getExecution; listExecutions newest first (base table, descending); by status newest first, and "any
 *   active?" for AGENT_BUSY (GSI1 prefix); activeExecutionsDue for the reaper (sparse GSI2, 8 shards)
 * - execution step — PK `AGENT#<agent>`, SK `STEP#<ulid>#<index, 5 digits>`:
 *   stepsOf(execution): one query on `STEP#<ulid>#`, in order, paged; each written with the execution update
 *   that records it (conditional put); a step over 32 KiB of JSON is an object under the agent's prefix, the
 *   item holding its pointer. Not on the list route
 * - episode — PK `AGENT#<agent>`, SK `EPISODE#<ulid>`:
 *   one per finished execution (same ULID): input, steps, outcome, feedback; the learning summary reads the
 *   newest 200 (sort-key prefix, descending); violationsSince: governance violations at a level in the demotion
 *   window (sort-key range from the window's start, filtered)
 * - learning summary — PK `AGENT#<agent>`, SK `LEARNING`:
 *   getLearningSummary (one read): patterns and negative comments mined from recent episodes, rewritten on each
 *   finished run and rating
 * - adaptation — PK `AGENT#<agent>`, SK `ADAPTATION#<adp>`:
 *   the adaptation history: one item per adaptation ever applied (status applied/reverted, the change);
 *   listAdaptations (sort-key prefix)
 * - graduation — PK `AGENT#<agent>`, SK `GRADUATION#<grad>`:
 *   listGraduations newest first (sort-key prefix, descending); getGraduation with its exam tasks in the item
 *   (until PrepareExam, the exam set's tasks it started with)
 * - graduation lock — PK `AGENT#<agent>`, SK `GRADUATING`:
 *   at most one graduation in progress per agent (conditional put at start, deleted when the flow ends)
 * - schedule — PK `AGENT#<agent>`, SK `SCHEDULE#<sch>`:
 *   listSchedules of an agent (sort-key prefix); getSchedule when it fires
 * - schedule counter — PK `AGENT#<agent>`, SK `COUNT#SCHEDULES`:
 *   the agent's schedules against MAX_SCHEDULES_PER_AGENT (conditional `ADD` in the create/delete transaction);
 *   getAgentDetail shows it as `schedules_count`
 * - schedule firing — PK `AGENT#<agent>`, SK `FIRE#<sch>#<fire time>`:
 *   one execution per firing, however often the firing is delivered (TTL 2 days)
 * - running executions — PK `WS#<ws>`, SK `COUNT#EXECUTIONS`:
 *   executions still active against the tier's concurrency cap (conditional `ADD`)
 * - agent credentials — PK `AGENT#<agent>`, SK `CREDENTIALS`:
 *   names, fingerprints, the wrapped data key and which sealed object in S3 holds the values (one read)
 * - agent access — PK `AGENT#<agent>`, SK `ACCESS#<email>`; GSI1 `EMAIL#<email>` / `ACCESS#<ws>#<agent>`:
 *   who may use an agent (creator `owner`, agent `admin`, shares `use`/`view`); agentsVisibleTo(email, ws)
 * - agent folders — PK `AGENT#<agent>`, SK `FOLDERS`:
 *   the agent's folder configuration (published folders and mounts, versioned): GET …/folders in one read;
 *   nodes of the write-cycle search
 * - published folder — PK `AGENT#<agent>`, SK `PUBLISH#<name>`;
 *   GSI1 `WS#<ws>#FOLDERS` / `PUBLISH#<agent>#<name>`:
 *   a workspace's published folders (…/folders/available); an agent's (…/folders/consumers); its `consumers`
 *   map (consumer id → mounted_at) is what mounts and unpublishing condition on
 * - folder graph — PK `WS#<ws>`, SK `FOLDERS#GRAPH`:
 *   version bumped by every folder change that can add a write edge, so write-cycle checks never race
 * - API key — PK `APIKEY#<sha256(secret)>`, SK `META`; GSI1 `WS#<ws>#APIKEYS` / `KEY#<key>`:
 *   authorize(secret); listApiKeys(ws)
 * - request counters — PK `WS#<ws>`, SK `USAGE#<yyyy-mm-dd>`:
 *   countRequest; usage today (TTL 3 days)
 * - agent counter — PK `WS#<ws>`, SK `COUNT#AGENTS`:
 *   agents against the tier limit
 * - storage counter — PK `WS#<ws>`, SK `COUNT#STORAGE`:
 *   bytes of agent files against the tier's storage quota (conditional `ADD`)
 * - spend counter — PK `WS#<ws>`, SK `SPEND#<yyyy-mm>`:
 *   micro-dollars of model turns this month against the budget (conditional `ADD` reserves, `ADD` settles; TTL
 *   400 days)
 * - pending upload — PK `AGENT#<agent>`, SK `UPLOAD#<sha256(path)>`:
 *   bytes reserved for a presigned upload, settled when it lands, when the path is next written or the agent's
 *   files listed
 * - file size — PK `AGENT#<agent>`, SK `FILE#<sha256(path)>`:
 *   the size (and ETag) the storage counter holds for one stored file: overwrites and deletes move the counter
 *   by it, conditioned on it, in one transaction (one consistent read)
 * - integration — PK `WS#<ws>`, SK `INTEGRATION#<int>`:
 *   listIntegrations (sort-key prefix); `agents` counts the agents naming it; each kind's default is a
 *   `default_<kind>_integration_id` attribute of the workspace item
 * - exam set — PK `WS#<ws>`, SK `EXAMSET#<level>`:
 *   the workspace's exam tasks for a target level (one read when a graduation starts); listExamSets (sort-key
 *   prefix, at most one per level)
 * - agent template — PK `WS#<ws>`, SK `TEMPLATE#<name>`:
 *   getAgentTemplate (one read: on create from a template not built in, GET /api/agent-templates/{template});
 *   listAgentTemplates (sort-key prefix, by name, read whole and paged with the built-in ones)
 * - outbox event — PK `OUTBOX#<evt>`, SK `EVENT`:
 *   written in the transaction of the change it reports; the table's stream relays it to the bus (TTL 1 day)
 * - webhook — PK `WS#<ws>`, SK `WEBHOOK#<whk>`:
 *   listWebhooks (sort-key prefix); the fan-out reads the workspace's endpoints with the same query; carries
 *   its breaker (`circuit_failures` by atomic `ADD`, `circuit_open_until`/`circuit_opens` by conditional `SET`,
 *   outside `version`)
 * - webhook counter — PK `WS#<ws>`, SK `COUNT#WEBHOOKS`:
 *   endpoints against MAX_WEBHOOKS_PER_WORKSPACE, and `host:<name>` against MAX_WEBHOOKS_PER_HOST (conditional
 *   `ADD` in the create/delete/URL-change transaction)
 * - webhook delivery — PK `WEBHOOK#<whk>`, SK `DELIVERY#<dly>`; GSI1 `WEBHOOK#<whk>#DELIVERIES` / `<dly>`;
 *   GSI2 `WEBHOOK#<whk>#DELIVERIES#<status>` / `<dly>`:
 *   listDeliveries newest first (GSI1, which attempts are not on); by status (GSI2); `event` filter is a
 *   FilterExpression; `<dly>` is derived from the event and endpoint, so a repeated fan-out writes no second
 *   delivery (TTL 30 days)
 * - delivery attempt — PK `WEBHOOK#<whk>`, SK `DELIVERY#<dly>#ATTEMPT#<nn>`:
 *   getDelivery with its attempts: one query on `DELIVERY#<dly>` (TTL 30 days)
 *
 * Queries, each declared once by name in patterns.ts (rendered from it: test/unit/data/patterns.test.ts keeps this table
 * exact). Only keys.ts and patterns.ts name an index or spell a key prefix:
 *
 * | pattern | index | partition | sort key | answers |
 * |---|---|---|---|---|
 * | membersOf | table | `WS#<ws>` | `MEMBER#…` | a workspace's members by email |
 * | membershipsOf | GSI1 | `EMAIL#<email>` | `MEMBER#…` | an email's memberships, earliest first |
 * | agentsByName | GSI1 | `WS#<ws>#AGENTS` | `NAME#…` | a workspace's agents by name (under `DELETED#` the deleted ones) |
 * | agentsByCreation | GSI2 | `WS#<ws>#AGENTS` | `CREATED#…` | a workspace's agents by creation (under `DELETED#` the deleted ones); the live ones for fleet views |
 * | agentsByUpdate | GSI3 | `WS#<ws>#AGENTS` | `UPDATED#…` | a workspace's agents by last update (under `DELETED#` the deleted ones) |
 * | agentValueByName | GSI1 | `WS#<ws>#AGENTS#<value>` | `NAME#…` | the live agents holding one filter value, by name |
 * | agentValueByCreation | GSI2 | `WS#<ws>#AGENTS#<value>` | `CREATED#…` | the live agents holding one filter value, by creation |
 * | agentValueByUpdate | GSI3 | `WS#<ws>#AGENTS#<value>` | `UPDATED#…` | the live agents holding one filter value, by last update |
 * | workspaceAgents | table | `WS#<ws>` | `AGENT#…` | a workspace's agent items, live and deleted (the filter value backfill) |
 * | apiKeysOf | GSI1 | `WS#<ws>#APIKEYS` | `KEY#…` | a workspace's API keys by id |
 * | accessEntriesOf | table | `AGENT#<agent>` | `ACCESS#…` | who may use an agent, with their level |
 * | agentsVisibleTo | GSI1 | `EMAIL#<email>` | `ACCESS#<ws>#…` | the agents an email holds access entries for in one workspace |
 * | activeExecutionsDue | GSI2 | `EXECUTIONS#ACTIVE#<shard>` | `REAP#…` | active runs of one shard by reap time, up to a time (a sort-key range); 8 shards |
 * | executionsOf | table | `AGENT#<agent>` | `EXEC#…` | an agent's executions, newest first |
 * | activeExecutionsOf | GSI1 | `AGENT#<agent>#EXEC` | `ACTIVE#…` | an agent's active executions: is it busy? |
 * | executionsByStatus | GSI1 | `AGENT#<agent>#EXEC` | `ACTIVE#<status>#…` | an agent's executions in one status, newest first (under `ENDED#` the finished statuses) |
 * | workspacePublishedFolders | GSI1 | `WS#<ws>#FOLDERS` | `PUBLISH#…` | a workspace's published folders by publisher and name |
 * | marketplace | GSI1 | `PLUGINS` | `NAME#<q>…` | published plugins by name (`q`: a name prefix) |
 * | personasOf | table | `WS#<ws>` | `PERSONA#…` | a workspace's personas by id (creation order) |
 * | agentTemplatesOf | table | `WS#<ws>` | `TEMPLATE#…` | a workspace's agent templates by name |
 * | examSetsOf | table | `WS#<ws>` | `EXAMSET#…` | a workspace's exam sets by level |
 * | webhooksOf | table | `WS#<ws>` | `WEBHOOK#…` | a workspace's webhooks (the delivery path filters the subscribed ones) |
 * | pluginEnablementsOf | table | `WS#<ws>` | `PLUGIN#…` | a workspace's enabled plugins |
 * | pluginUsesOf | table | `WS#<ws>` | `PLUGINUSE#<plugin>#…` | the agents of a workspace a plugin is assigned to |
 * | pluginVersionsOf | table | `PLUGIN#<plugin>` | `VERSION#…` | a plugin's versions |
 * | agentItems | table | `AGENT#<agent>` |  | every item of an agent's partition (purge) |
 * | agentLogsOf | table | `AGENT#<agent>` | `LOG#…` | an agent's log lines, newest first |
 * | executionStepsOf | table | `AGENT#<agent>` | `STEP#<execution>#…` | an execution's steps, in order |
 * | episodesOf | table | `AGENT#<agent>` | `EPISODE#…` | an agent's episodes, newest first; from a time on (a sort-key range) for governance violations |
 * | adaptationsOf | table | `AGENT#<agent>` | `ADAPTATION#…` | an agent's adaptation history |
 * | graduationsOf | table | `AGENT#<agent>` | `GRADUATION#…` | an agent's graduations, newest first |
 * | schedulesOf | table | `AGENT#<agent>` | `SCHEDULE#…` | an agent's schedules |
 * | pendingUploadsOf | table | `AGENT#<agent>` | `UPLOAD#…` | an agent's pending uploads (the expired ones, filtered) |
 * | publishedFoldersOf | table | `AGENT#<agent>` | `PUBLISH#…` | an agent's published folders with their consumers |
 * | deliveryWithAttempts | table | `WEBHOOK#<webhook>` | `DELIVERY#<delivery>…` | a delivery and its attempts, oldest first |
 * | deliveriesOf | GSI1 | `WEBHOOK#<webhook>#DELIVERIES` |  | a webhook's deliveries, newest first |
 * | deliveriesInStatus | GSI2 | `WEBHOOK#<webhook>#DELIVERIES#<status>` |  | a webhook's deliveries in one status, newest first |
 *
 * Items under `AGENT#<agent>` belong to one agent: agent ids are globally unique ULIDs and these items
 * are only reached after the agent was loaded from the caller's own workspace.
 *
 * `<scope>` is `WS#<ws>` for a caller with a workspace, `USER#<user>` otherwise. Idempotency records
 * carry `expires_at` (TTL, 24 h). Members are keyed by their verified email: a member can be
 * invited before they ever sign in, and a user's memberships are found by the email on their token;
 * the first user to use a membership is stored as its `user_id` and is the only one who may use it.
 */

export interface Key {
  PK: string;
  SK: string;
}

export const healthProbeKey = (): Key => ({ PK: 'HEALTH', SK: 'PROBE' });

export const idempotencyScope = (workspaceId: string | null, userId: string): string =>
  workspaceId ? `WS#${workspaceId}` : `USER#${userId}`;

export const idempotencyKey = (scope: string, keyHash: string): Key => ({ PK: `${scope}#IDEM#${keyHash}`, SK: 'IDEM' });

export const workspacePartition = (ws: string) => `WS#${ws}`;

export const workspaceKey = (ws: string): Key => ({ PK: workspacePartition(ws), SK: 'META' });

export const memberKey = (ws: string, email: string): Key => ({ PK: workspacePartition(ws), SK: `MEMBER#${email}` });

/** How many workspaces a user created and still owns (held under the owned-workspace limit). */
export const ownedWorkspacesKey = (userId: string): Key => ({ PK: `USER#${userId}`, SK: 'COUNT#OWNED_WORKSPACES' });
export const MEMBER_PREFIX = 'MEMBER#';
export const memberIndexKeys = (ws: string, email: string, joinedAt: string) => ({
  GSI1PK: membershipsPartition(email),
  GSI1SK: `MEMBER#${joinedAt}#${ws}`,
});
export const membershipsPartition = (email: string) => `EMAIL#${email}`;

export const agentKey = (ws: string, agentId: string): Key => ({ PK: workspacePartition(ws), SK: `AGENT#${agentId}` });
export const agentsPartition = (ws: string) => `WS#${ws}#AGENTS`;
export const AGENT_LIST_PREFIXES = { name: 'NAME#', created_at: 'CREATED#', updated_at: 'UPDATED#', deleted: 'DELETED#' } as const;

/** Index keys of a live agent; a deleted agent's sort keys all start with `DELETED#`. */
export const agentIndexKeys = (
  ws: string,
  agent: { id: string; slug: string; created_at: string; updated_at?: string; status?: string },
) => {
  const gone = agent.status === 'deleted' ? AGENT_LIST_PREFIXES.deleted : '';
  return {
    GSI1PK: agentsPartition(ws),
    GSI1SK: `${gone}NAME#${agent.slug}#${agent.id}`,
    GSI2PK: agentsPartition(ws),
    GSI2SK: `${gone}CREATED#${agent.created_at}#${agent.id}`,
    GSI3PK: agentsPartition(ws),
    GSI3SK: `${gone}UPDATED#${agent.updated_at ?? agent.created_at}#${agent.id}`,
  };
};
/** A filter value a live agent holds (`type=coder`, `tags=red`, `q=ab`): its entry's partition lists exactly the agents holding it. */
export const agentValuePartition = (ws: string, value: string) => `${agentsPartition(ws)}#${value}`;
export const AGENT_VALUE_PREFIX = 'AGENTVAL#';
export const agentValueKey = (agentId: string, value: string): Key => ({
  PK: agentPartition(agentId),
  SK: `${AGENT_VALUE_PREFIX}${value}`,
});
/** The live agent's list sort keys under a value's partition: the same three orders as the workspace's lists. */
export const agentValueIndexKeys = (
  ws: string,
  value: string,
  agent: { id: string; slug: string; created_at: string; updated_at?: string },
) => {
  const pk = agentValuePartition(ws, value);
  const live = agentIndexKeys(ws, { ...agent, status: 'active' });
  return { GSI1PK: pk, GSI1SK: live.GSI1SK, GSI2PK: pk, GSI2SK: live.GSI2SK, GSI3PK: pk, GSI3SK: live.GSI3SK };
};
export const AGENT_VALUE_COUNT_SHARDS = 16;
/** FNV-1a: spreads a workspace's filter values over the counter shards, the same shard every time. */
const valueShard = (value: string) => {
  let hash = 0x811c9dc5;
  for (const c of value) hash = Math.imul(hash ^ c.codePointAt(0)!, 0x01000193) >>> 0;
  return hash % AGENT_VALUE_COUNT_SHARDS;
};
export const agentValueCountShardKey = (ws: string, shard: number): Key => ({ PK: workspacePartition(ws), SK: `COUNT#AGENTVALS#${shard}` });
export const agentValueCountKey = (ws: string, value: string): Key => agentValueCountShardKey(ws, valueShard(value));
export const slugLockKey = (ws: string, slug: string): Key => ({ PK: workspacePartition(ws), SK: `SLUG#${slug}` });

export const apiKeyKey = (secretHash: string): Key => ({ PK: `APIKEY#${secretHash}`, SK: 'META' });
export const apiKeysPartition = (ws: string) => `WS#${ws}#APIKEYS`;
export const apiKeyIndexKeys = (ws: string, keyId: string) => ({ GSI1PK: apiKeysPartition(ws), GSI1SK: `KEY#${keyId}` });

export const usageKey = (ws: string, day: string): Key => ({ PK: workspacePartition(ws), SK: `USAGE#${day}` });

export const agentCountKey = (ws: string): Key => ({ PK: workspacePartition(ws), SK: 'COUNT#AGENTS' });
export const storageUsageKey = (ws: string): Key => ({ PK: workspacePartition(ws), SK: 'COUNT#STORAGE' });
export const spendKey = (ws: string, month: string): Key => ({ PK: workspacePartition(ws), SK: `SPEND#${month}` });

export const agentPartition = (agentId: string): string => `AGENT#${agentId}`;

export const AGENT_LOG_PREFIX = 'LOG#';
/** ULIDs sort by time, so the sort key orders lines by when they were written. */
export const agentLogKey = (agentId: string, logId: string): Key => ({ PK: agentPartition(agentId), SK: `${AGENT_LOG_PREFIX}${logId}` });

export const scheduleCountKey = (agentId: string): Key => ({ PK: agentPartition(agentId), SK: 'COUNT#SCHEDULES' });

export const agentStatsKey = (agentId: string): Key => ({ PK: agentPartition(agentId), SK: 'STATS' });

export const agentCredentialsKey = (agentId: string): Key => ({ PK: agentPartition(agentId), SK: 'CREDENTIALS' });

export const agentAccessKey = (agentId: string, email: string): Key => ({ PK: agentPartition(agentId), SK: `ACCESS#${email}` });
export const AGENT_ACCESS_PREFIX = 'ACCESS#';
export const agentAccessIndexKeys = (ws: string, agentId: string, email: string) => ({
  GSI1PK: membershipsPartition(email),
  GSI1SK: `ACCESS#${ws}#${agentId}`,
});
export const visibleAgentsPrefix = (ws: string) => `ACCESS#${ws}#`;

export const INTEGRATION_PREFIX = 'INTEGRATION#';
export const integrationKey = (ws: string, integrationId: string): Key => ({
  PK: workspacePartition(ws),
  SK: `${INTEGRATION_PREFIX}${integrationId}`,
});

export const personaKey = (ws: string, personaId: string): Key => ({ PK: workspacePartition(ws), SK: `PERSONA#${personaId}` });
export const PERSONA_PREFIX = 'PERSONA#';

const pluginPartition = (pluginId: string) => `PLUGIN#${pluginId}`;
export const pluginKey = (pluginId: string): Key => ({ PK: pluginPartition(pluginId), SK: 'META' });
export const MARKETPLACE_PARTITION = 'PLUGINS';
export const MARKETPLACE_NAME_PREFIX = 'NAME#';
/** Set when a plugin's first version is registered: unpublished plugins stay out of the marketplace. */
export const marketplaceIndexKeys = (name: string) => ({ GSI1PK: MARKETPLACE_PARTITION, GSI1SK: `${MARKETPLACE_NAME_PREFIX}${name}` });
export const pluginNameKey = (name: string): Key => ({ PK: `PLUGINNAME#${name}`, SK: 'LOCK' });
export const PLUGIN_VERSION_PREFIX = 'VERSION#';
export const pluginVersionKey = (pluginId: string, version: string): Key => ({
  PK: pluginPartition(pluginId),
  SK: `${PLUGIN_VERSION_PREFIX}${version}`,
});
export const PLUGIN_ENABLEMENT_PREFIX = 'PLUGIN#';
export const pluginEnablementKey = (ws: string, pluginId: string): Key => ({
  PK: workspacePartition(ws),
  SK: `${PLUGIN_ENABLEMENT_PREFIX}${pluginId}`,
});
export const pluginUseKey = (ws: string, pluginId: string, agentId: string): Key => ({
  PK: workspacePartition(ws),
  SK: `PLUGINUSE#${pluginId}#${agentId}`,
});
export const agentPluginsKey = (agentId: string): Key => ({ PK: agentPartition(agentId), SK: 'PLUGINS' });
export const agentContextKey = (agentId: string): Key => ({ PK: agentPartition(agentId), SK: 'CONTEXT' });

export const PENDING_UPLOAD_PREFIX = 'UPLOAD#';
export const pendingUploadKey = (agentId: string, pathHash: string): Key => ({
  PK: agentPartition(agentId),
  SK: `${PENDING_UPLOAD_PREFIX}${pathHash}`,
});

export const FILE_SIZE_PREFIX = 'FILE#';
export const fileSizeKey = (agentId: string, pathHash: string): Key => ({
  PK: agentPartition(agentId),
  SK: `${FILE_SIZE_PREFIX}${pathHash}`,
});

export const EXECUTION_PREFIX = 'EXEC#';
/** `exec_<ULID>` → `EXEC#<ULID>`: ULIDs sort by time, so the partition lists executions by start. */
export const executionKey = (agentId: string, executionId: string): Key => ({
  PK: agentPartition(agentId),
  SK: `${EXECUTION_PREFIX}${executionId.replace(/^exec_/, '')}`,
});
export const executionsPartition = (agentId: string) => `AGENT#${agentId}#EXEC`;
/** Active executions sort under `ACTIVE#`, finished ones under `ENDED#`: one prefix answers "is the agent busy?". */
export const executionStatusPrefix = (status: string, active: boolean) => `${active ? 'ACTIVE' : 'ENDED'}#${status}#`;
export const ACTIVE_EXECUTION_PREFIX = 'ACTIVE#';
export const executionIndexKeys = (agentId: string, executionId: string, status: string, active: boolean) => ({
  GSI1PK: executionsPartition(agentId),
  GSI1SK: `${executionStatusPrefix(status, active)}${executionId.replace(/^exec_/, '')}`,
});
/** Active runs of the whole platform by when the reaper may end them; sharded so no index partition takes every run's writes. */
export const ACTIVE_EXECUTION_SHARDS = 8;
export const activeExecutionsPartition = (shard: number) => `EXECUTIONS#ACTIVE#${shard}`;
export const REAP_PREFIX = 'REAP#';
const shardOf = (executionId: string) => [...executionId].reduce((sum, c) => sum + c.charCodeAt(0), 0) % ACTIVE_EXECUTION_SHARDS;
export const activeExecutionIndexKeys = (agentId: string, executionId: string, reapAfter: string) => ({
  GSI2PK: activeExecutionsPartition(shardOf(executionId)),
  GSI2SK: `${REAP_PREFIX}${reapAfter}#${agentId}#${executionId}`,
});
export const STEP_PREFIX = 'STEP#';
/** The steps of one execution, in order: the index is zero-padded so the sort key orders them. */
export const executionStepsPrefix = (executionId: string) => `${STEP_PREFIX}${executionId.replace(/^exec_/, '')}#`;
export const executionStepKey = (agentId: string, executionId: string, index: number): Key => ({
  PK: agentPartition(agentId),
  SK: `${executionStepsPrefix(executionId)}${String(index).padStart(5, '0')}`,
});
export const episodeKey = (agentId: string, executionId: string): Key => ({
  PK: agentPartition(agentId),
  SK: `EPISODE#${executionId.replace(/^exec_/, '')}`,
});
export const EPISODE_PREFIX = 'EPISODE#';
/** The lowest episode sort key of a run started at `time` (a ULID's time part, then its least random part). */
export const episodeSortKeyFrom = (time: number): string => `${EPISODE_PREFIX}${encodeTime(time, 10)}${'0'.repeat(16)}`;
/** Above every episode's sort key (`~` sorts after ULID characters). */
export const EPISODE_SORT_KEY_END = `${EPISODE_PREFIX}~`;
export const learningSummaryKey = (agentId: string): Key => ({ PK: agentPartition(agentId), SK: 'LEARNING' });
export const ADAPTATION_PREFIX = 'ADAPTATION#';
export const adaptationKey = (agentId: string, adaptationId: string): Key => ({
  PK: agentPartition(agentId),
  SK: `${ADAPTATION_PREFIX}${adaptationId}`,
});
export const runningExecutionsKey = (ws: string): Key => ({ PK: workspacePartition(ws), SK: 'COUNT#EXECUTIONS' });
export const GRADUATION_PREFIX = 'GRADUATION#';
export const graduationKey = (agentId: string, graduationId: string): Key => ({
  PK: agentPartition(agentId),
  SK: `${GRADUATION_PREFIX}${graduationId}`,
});
export const graduationLockKey = (agentId: string): Key => ({ PK: agentPartition(agentId), SK: 'GRADUATING' });
export const EXAM_SET_PREFIX = 'EXAMSET#';
export const examSetKey = (ws: string, level: string): Key => ({ PK: workspacePartition(ws), SK: `${EXAM_SET_PREFIX}${level}` });
export const AGENT_TEMPLATE_PREFIX = 'TEMPLATE#';
export const agentTemplateKey = (ws: string, name: string): Key => ({ PK: workspacePartition(ws), SK: `${AGENT_TEMPLATE_PREFIX}${name}` });
export const SCHEDULE_PREFIX = 'SCHEDULE#';
export const scheduleKey = (agentId: string, scheduleId: string): Key => ({
  PK: agentPartition(agentId),
  SK: `${SCHEDULE_PREFIX}${scheduleId}`,
});
export const scheduleFiringKey = (agentId: string, scheduleId: string, fireTime: string): Key => ({
  PK: agentPartition(agentId),
  SK: `FIRE#${scheduleId}#${fireTime}`,
});

export const folderConfigKey = (agentId: string): Key => ({ PK: agentPartition(agentId), SK: 'FOLDERS' });
export const PUBLISHED_FOLDER_PREFIX = 'PUBLISH#';
export const publishedFolderKey = (agentId: string, name: string): Key => ({
  PK: agentPartition(agentId),
  SK: `${PUBLISHED_FOLDER_PREFIX}${name}`,
});
export const publishedFoldersPartition = (ws: string) => `WS#${ws}#FOLDERS`;
export const publishedFolderIndexKeys = (ws: string, agentId: string, name: string) => ({
  GSI1PK: publishedFoldersPartition(ws),
  GSI1SK: `${PUBLISHED_FOLDER_PREFIX}${agentId}#${name}`,
});
export const folderGraphKey = (ws: string): Key => ({ PK: workspacePartition(ws), SK: 'FOLDERS#GRAPH' });

export const outboxKey = (eventId: string): Key => ({ PK: `OUTBOX#${eventId}`, SK: 'EVENT' });
export const OUTBOX_PREFIX = 'OUTBOX#';

export const WEBHOOK_PREFIX = 'WEBHOOK#';
export const webhookKey = (ws: string, webhookId: string): Key => ({ PK: workspacePartition(ws), SK: `${WEBHOOK_PREFIX}${webhookId}` });
export const webhookCountKey = (ws: string): Key => ({ PK: workspacePartition(ws), SK: 'COUNT#WEBHOOKS' });

export const webhookPartition = (webhookId: string): string => `WEBHOOK#${webhookId}`;
export const DELIVERY_PREFIX = 'DELIVERY#';
export const deliveryKey = (webhookId: string, deliveryId: string): Key => ({
  PK: webhookPartition(webhookId),
  SK: `${DELIVERY_PREFIX}${deliveryId}`,
});
/** A webhook's deliveries (GSI1), or those in one status (GSI2). */
export const deliveriesPartition = (webhookId: string, status?: string): string =>
  status ? `${webhookPartition(webhookId)}#DELIVERIES#${status}` : `${webhookPartition(webhookId)}#DELIVERIES`;
export const deliveryIndexKeys = (webhookId: string, status: string, deliveryId: string) => ({
  GSI1PK: deliveriesPartition(webhookId),
  GSI1SK: deliveryId,
  GSI2PK: deliveriesPartition(webhookId, status),
  GSI2SK: deliveryId,
});
/** Three digits keep attempts in order under the delivery (at most 10 automatic attempts plus redeliveries). */
export const deliveryAttemptKey = (webhookId: string, deliveryId: string, attempt: number): Key => ({
  PK: webhookPartition(webhookId),
  SK: `${DELIVERY_PREFIX}${deliveryId}#ATTEMPT#${String(attempt).padStart(3, '0')}`,
});
