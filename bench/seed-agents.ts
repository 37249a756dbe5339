import type { Tenant } from './tenants';

/**
 * Fills a workspace with agents fast: the same items `POST /api/agents` writes (the agent as
 * `agentItem` stores it, its slug lock, its filter value entries, the workspace's agent and value
 * counters), built by the domain and
 * data modules, but written with BatchWriteItem, 25 items a call, several calls at once, straight
 * to the platform's DynamoDB Local — 10,000 agents in seconds instead of minutes of HTTP. Agents
 * are created 1 ms apart so every sort order has a defined place for each. The creator's access
 * entry is left out: the bench lists as the workspace owner, who sees every agent without one.
 * Values vary so every filter has a rare and a common value: tags `odd`/`even` (half each) and
 * `t<i mod 10>` (10%), type `type-<i mod 10>`, role and maturity level in turn.
 * Imported only once the platform has set the environment the data modules read.
 */

const BATCH = 25;
const PARALLEL = 8;

export const seedAgents = async (tenant: Tenant, count: number): Promise<{ agents: number; ms: number }> => {
  const started = performance.now();
  const [
    { agentItem },
    values,
    { newAgent },
    { newId },
    keys,
    { ddb, tableName },
    { BatchWriteCommand, UpdateCommand },
    { AGENT_ROLES, MATURITY_LEVELS },
  ] = await Promise.all([
    import('../lambdas/data/agents'),
    import('../lambdas/data/agent-values'),
    import('../lambdas/domain/agents/plan'),
    import('../lambdas/domain/ids'),
    import('../lambdas/data/keys'),
    import('../lambdas/data/table'),
    import('@aws-sdk/lib-dynamodb'),
    import('../lambdas/domain/agents/model'),
  ]);
  const counts = new Map<string, number>();
  const base = Date.now() - count;
  const items = Array.from({ length: count }, (_, i) => {
    const agent = newAgent(
      {
        name: `Seeded agent ${String(i).padStart(5, '0')}`,
        tags: [i % 2 ? 'odd' : 'even', `t${i % 10}`],
        type: `type-${i % 10}`,
        role: AGENT_ROLES[i % AGENT_ROLES.length],
        maturity_level: MATURITY_LEVELS[i % MATURITY_LEVELS.length],
      },
      {
        id: newId('agent'),
        workspaceId: tenant.workspaceId,
        creator: { user_id: 'user_bench', email: tenant.email },
        now: new Date(base + i).toISOString(),
        defaults: { llm_provider: 'local', llm_model: 'local-deterministic' },
      },
    );
    for (const value of values.countedValues(agent)) counts.set(value, (counts.get(value) ?? 0) + 1);
    return [
      agentItem(agent),
      { ...keys.slugLockKey(tenant.workspaceId, agent.slug), agent_id: agent.id },
      ...values.agentValues(agent).map((v) => values.agentValueEntry(agent, v)),
    ];
  }).flat();
  const batches = Array.from({ length: Math.ceil(items.length / BATCH) }, (_, i) => items.slice(i * BATCH, (i + 1) * BATCH));
  const writeBatch = async (batch: Record<string, unknown>[]) => {
    let pending: Record<string, { PutRequest: { Item: Record<string, unknown> } }[]> | undefined = {
      [tableName]: batch.map((Item) => ({ PutRequest: { Item } })),
    };
    while (pending?.[tableName]?.length) {
      const result = await ddb.send(new BatchWriteCommand({ RequestItems: pending }));
      pending = result.UnprocessedItems as typeof pending;
    }
  };
  for (let i = 0; i < batches.length; i += PARALLEL) await Promise.all(batches.slice(i, i + PARALLEL).map(writeBatch));
  await ddb.send(
    new UpdateCommand({
      TableName: tableName,
      Key: keys.agentCountKey(tenant.workspaceId),
      UpdateExpression: 'ADD agents :n',
      ExpressionAttributeValues: { ':n': count },
    }),
  );
  for (const [value, n] of counts) {
    await ddb.send(
      new UpdateCommand({
        TableName: tableName,
        Key: keys.agentValueCountKey(tenant.workspaceId, value),
        UpdateExpression: 'ADD #v :n',
        ExpressionAttributeNames: { '#v': value },
        ExpressionAttributeValues: { ':n': n },
      }),
    );
  }
  return { agents: count, ms: Math.round(performance.now() - started) };
};
