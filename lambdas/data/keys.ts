/**
 * Every key of the single table is built here; no other module concatenates a key string.
 * Tenant isolation is by construction: every workspace-owned item's PK starts with `WS#<ws>`,
 * and the workspace id always comes from the verified principal, never from the request.
 *
 * Access patterns (keep this table current when adding one):
 *
 * | entity              | PK                               | SK           | GSI1 (PK / SK) | GSI2 (PK / SK) | pattern                    |
 * |---------------------|----------------------------------|--------------|----------------|----------------|----------------------------|
 * | health probe        | `HEALTH`                         | `PROBE`      |                |                | getHealthProbe (one read)  |
 * | idempotency record  | `<scope>#IDEM#<sha256(route,key)>` | `IDEM`     |                |                | claim / replay a request   |
 * | workspace           | `WS#<ws>`                        | `META`       |                |                | getWorkspace               |
 * | member              | `WS#<ws>`                        | `MEMBER#<email>` | `EMAIL#<email>` / `MEMBER#<joined_at>#<ws>` | | listMembers; membershipsOf(email), earliest first |
 * | agent               | `WS#<ws>`                        | `AGENT#<agent>` | `WS#<ws>#AGENTS` / `NAME#<slug>` | `WS#<ws>#AGENTS` / `CREATED#<ts>#<agent>` | getAgent; listAgents by name / created; GSI3 `WS#<ws>#AGENTS` / `UPDATED#<ts>#<agent>` by update; deleted agents move to `DELETED#…` sort keys so lists skip them by key condition |
 * | slug lock           | `WS#<ws>`                        | `SLUG#<slug>` |               |                | name uniqueness per workspace |
 * | persona             | `WS#<ws>`                        | `PERSONA#<psn>` |             |                | personaExists (plugins issue: CRUD) |
 * | agent log line      | `AGENT#<agent>`                  | `LOG#<ulid>` |                |                | recentAgentLogs: newest first, `Limit` tail (TTL `expires_at`, 30 days) |
 * | agent statistics    | `AGENT#<agent>`                  | `STATS`      |                |                | getAgentStats (one read); executions `ADD` to it |
 * | agent credentials   | `AGENT#<agent>`                  | `CREDENTIALS` |               |                | names, fingerprints, the wrapped data key and which sealed object in S3 holds the values (one read) |
 * | agent access        | `AGENT#<agent>`                  | `ACCESS#<email>` | `EMAIL#<email>` / `ACCESS#<ws>#<agent>` | | who may use an agent (creator `owner`, agent `admin`, shares `use`/`view`); agentsVisibleTo(email, ws) |
 * | API key             | `APIKEY#<sha256(secret)>`        | `META`       | `WS#<ws>#APIKEYS` / `KEY#<key>` |   | authorize(secret); listApiKeys(ws) |
 * | request counters    | `WS#<ws>`                        | `USAGE#<yyyy-mm-dd>` |        |                | countRequest; usage today (TTL 3 days) |
 * | agent counter       | `WS#<ws>`                        | `COUNT#AGENTS` |              |                | agents against the tier limit |
 * | integration         | `WS#<ws>`                        | `INTEGRATION#<int>` |         |                | listIntegrations (sort-key prefix); `agents` counts the agents naming it; each kind's default is a `default_<kind>_integration_id` attribute of the workspace item |
 *
 * Items under `AGENT#<agent>` belong to one agent: agent ids are globally unique ULIDs and these items
 * are only reached after the agent was loaded from the caller's own workspace.
 *
 * `<scope>` is `WS#<ws>` for a caller with a workspace, `USER#<user>` otherwise. Idempotency records
 * carry `expires_at` (TTL, 24 h). Members are keyed by their verified email: a member can be
 * invited before they ever sign in, and a user's memberships are found by the email on their token.
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
export const slugLockKey = (ws: string, slug: string): Key => ({ PK: workspacePartition(ws), SK: `SLUG#${slug}` });

export const apiKeyKey = (secretHash: string): Key => ({ PK: `APIKEY#${secretHash}`, SK: 'META' });
export const apiKeysPartition = (ws: string) => `WS#${ws}#APIKEYS`;
export const apiKeyIndexKeys = (ws: string, keyId: string) => ({ GSI1PK: apiKeysPartition(ws), GSI1SK: `KEY#${keyId}` });

export const usageKey = (ws: string, day: string): Key => ({ PK: workspacePartition(ws), SK: `USAGE#${day}` });

export const agentCountKey = (ws: string): Key => ({ PK: workspacePartition(ws), SK: 'COUNT#AGENTS' });

export const agentPartition = (agentId: string): string => `AGENT#${agentId}`;

export const AGENT_LOG_PREFIX = 'LOG#';
/** ULIDs sort by time, so the sort key orders lines by when they were written. */
export const agentLogKey = (agentId: string, logId: string): Key => ({ PK: agentPartition(agentId), SK: `${AGENT_LOG_PREFIX}${logId}` });

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
export const integrationKey = (ws: string, integrationId: string): Key => ({ PK: workspacePartition(ws), SK: `${INTEGRATION_PREFIX}${integrationId}` });

export const personaKey = (ws: string, personaId: string): Key => ({ PK: workspacePartition(ws), SK: `PERSONA#${personaId}` });
