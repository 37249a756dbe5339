import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { agentItem } from '../../../lambdas/data/agents';
import { backfillAgentValues } from '../../../lambdas/data/agent-values-backfill';
import { agentCountKey, slugLockKey } from '../../../lambdas/data/keys';
import { ddb, tableName } from '../../../lambdas/data/table';
import { newAgent } from '../../../lambdas/domain/agents/plan';
import { newId } from '../../../lambdas/domain/ids';
import { api } from '../../support/api-client';
import { aUser, aWorkspace } from '../../support/fixtures';

const slugs = (res: { body: { data: { agents: { slug: string }[] } } }) => res.body.data.agents.map((a) => a.slug);

describe('agents stored before lists read filter value entries', () => {
  it('are found by every filter, with exact totals, once the backfill has run, and a second run changes nothing', async () => {
    const owner = await aUser();
    const ws = await aWorkspace(owner);
    const old = ['Legacy one', 'Legacy two'].map((name, i) =>
      newAgent(
        { name, tags: ['old'] },
        {
          id: newId('agent'),
          workspaceId: ws,
          creator: { user_id: 'user_legacy', email: owner.email },
          now: new Date(Date.now() - 1000 + i).toISOString(),
          defaults: { llm_provider: 'local', llm_model: 'local-deterministic' },
        },
      ),
    );
    const items = old.flatMap((agent) => [agentItem(agent), { ...slugLockKey(ws, agent.slug), agent_id: agent.id }]);
    await ddb.send(
      new BatchWriteCommand({
        RequestItems: {
          [tableName]: [...items.map((Item) => ({ PutRequest: { Item } })), { PutRequest: { Item: { ...agentCountKey(ws), agents: 2 } } }],
        },
      }),
    );
    expect(slugs(await api.get('/api/agents?tags=old', { token: owner.token }))).toEqual([]);

    expect(await backfillAgentValues(ws)).toEqual({ agents: 3, workspaces: 1 });
    const tagged = await api.get('/api/agents?tags=old&sort=name&order=asc', { token: owner.token });
    expect(slugs(tagged)).toEqual(['legacy-one', 'legacy-two']);
    expect(tagged.body.data.pagination.total).toBe(2);
    expect(slugs(await api.get('/api/agents?q=leg&sort=created_at&order=asc', { token: owner.token }))).toEqual([
      'legacy-one',
      'legacy-two',
    ]);

    await backfillAgentValues(ws);
    expect((await api.get('/api/agents?status=active', { token: owner.token })).body.data.pagination.total).toBe(3);
  });
});
