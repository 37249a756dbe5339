import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { agentStatsKey } from '../../../lambdas/data/keys';
import { ddb, tableName } from '../../../lambdas/data/table';
import type { AgentStatsRecord } from '../../../lambdas/domain/agents/stats';
import { api } from '../../support/api-client';
import { aMember, aUser, aWorkspace, setTier } from '../../support/fixtures';

const slugs = (res: { body: { data: { agents: { slug: string }[] } } }) => res.body.data.agents.map((a) => a.slug);

describe('listing agents', () => {
  let token: string;

  beforeAll(async () => {
    const owner = await aUser();
    await setTier(await aWorkspace(owner), 'team');
    token = owner.token;
    const agents = [
      { name: 'Alpha', tags: ['sales'], role: 'finance-agent' },
      { name: 'Bravo', tags: ['support'], role: 'marketing-agent' },
      { name: 'Charlie', tags: ['sales', 'support'] },
      { name: 'Delta', tags: [], maturity_level: 'intern' },
      { name: 'Echo', tags: ['ops'], type: 'ops-bot' },
      { name: 'Alpine', tags: ['ops'] },
    ];
    for (const body of agents) await api.post('/api/agents', body, { token });
  });

  it('sorts by name and by creation, in both orders', async () => {
    expect(slugs(await api.get('/api/agents?sort=name&order=asc', { token }))).toEqual([
      'alpha',
      'alpine',
      'bravo',
      'charlie',
      'default',
      'delta',
      'echo',
    ]);
    expect(slugs(await api.get('/api/agents?sort=created_at&order=desc', { token }))[0]).toBe('alpine');
  });

  it('filters by tags (any of them), role, maturity level, type and name prefix', async () => {
    expect(slugs(await api.get('/api/agents?tags=sales,ops&sort=name&order=asc', { token }))).toEqual([
      'alpha',
      'alpine',
      'charlie',
      'echo',
    ]);
    expect(slugs(await api.get('/api/agents?role=marketing-agent', { token }))).toEqual(['bravo']);
    expect(slugs(await api.get('/api/agents?maturity_level=intern', { token }))).toEqual(['delta']);
    expect(slugs(await api.get('/api/agents?type=ops-bot', { token }))).toEqual(['echo']);
    const prefix = await api.get('/api/agents?q=alp&sort=name&order=asc', { token });
    expect(slugs(prefix)).toEqual(['alpha', 'alpine']);
    expect(prefix.body.data.pagination.total).toBe(2);
  });

  it('sorts by last update', async () => {
    await api.patch('/api/agents/bravo', { description: 'touched' }, { token });
    expect(slugs(await api.get('/api/agents?sort=updated_at&order=desc&limit=1', { token }))).toEqual(['bravo']);
  });

  it('walks every agent exactly once with cursors and with pages, filtered or not', async () => {
    for (const filter of ['', '&tags=sales,ops,support']) {
      const byCursor: string[] = [];
      let cursor = '';
      do {
        const res = await api.get(`/api/agents?sort=name&order=asc&limit=2${filter}${cursor ? `&cursor=${cursor}` : ''}`, { token });
        byCursor.push(...slugs(res));
        cursor = res.body.data.pagination.next_cursor ?? '';
      } while (cursor);
      const byPage: string[] = [];
      for (let page = 1, more = true; more; page += 1) {
        const got = slugs(await api.get(`/api/agents?sort=name&order=asc&limit=2&page=${page}${filter}`, { token }));
        byPage.push(...got);
        more = got.length === 2;
      }
      expect(new Set(byCursor).size).toBe(byCursor.length);
      expect(byPage).toEqual(byCursor);
    }
  });

  it('counts a single filter value exactly from its counter, and several tags only once read to their end', async () => {
    const all = await api.get('/api/agents?sort=name&order=asc&limit=2', { token });
    expect(all.body.data.pagination.total).toBe(7);
    const sales = await api.get('/api/agents?tags=sales&limit=1', { token });
    expect(sales.body.data.pagination.total).toBe(2);
    const union = await api.get('/api/agents?tags=sales,ops,support&limit=2', { token });
    expect(union.body.data.pagination.total).toBeNull();
    const whole = await api.get('/api/agents?tags=sales,ops,support&limit=100', { token });
    expect(whole.body.data.pagination.total).toBe(slugs(whole).length);
  });

  it("serves a long name prefix in any order, and filters combined, from one value's entries checked against the rest", async () => {
    expect(slugs(await api.get('/api/agents?q=alph&sort=created_at&order=asc', { token }))).toEqual(['alpha']);
    expect(slugs(await api.get('/api/agents?q=AL&sort=updated_at&order=asc', { token }))).toEqual(['alpha', 'alpine']);
    expect(slugs(await api.get('/api/agents?tags=sales&role=finance-agent', { token }))).toEqual(['alpha']);
    expect(slugs(await api.get('/api/agents?tags=ops&q=ech&type=ops-bot', { token }))).toEqual(['echo']);
  });

  it('moves an agent between filter values as it is changed, renamed and deleted', async () => {
    const created = await api.post('/api/agents', { name: 'Foxtrot', tags: ['red', 'blue'] }, { token });
    expect(created.status).toBe(201);
    expect(slugs(await api.get('/api/agents?tags=red', { token }))).toEqual(['foxtrot']);
    await api.patch('/api/agents/foxtrot', { tags: ['green'] }, { token });
    expect(slugs(await api.get('/api/agents?tags=red', { token }))).toEqual([]);
    expect((await api.get('/api/agents?tags=red', { token })).body.data.pagination.total).toBe(0);
    expect(slugs(await api.get('/api/agents?tags=green&sort=updated_at', { token }))).toEqual(['foxtrot']);
    expect((await api.put('/api/agents/foxtrot/rename', { name: 'Golf' }, { token })).status).toBe(200);
    expect(slugs(await api.get('/api/agents?q=fox&sort=created_at', { token }))).toEqual([]);
    expect(slugs(await api.get('/api/agents?q=gol&sort=created_at', { token }))).toEqual(['golf']);
    const deletedBefore = (await api.get('/api/agents?status=deleted', { token })).body.data.pagination.total as number;
    expect((await api.delete('/api/agents/golf', { token })).status).toBe(200);
    expect(slugs(await api.get('/api/agents?tags=green', { token }))).toEqual([]);
    expect(slugs(await api.get('/api/agents?q=gol', { token }))).toEqual([]);
    const deleted = await api.get('/api/agents?status=deleted&q=gol', { token });
    expect(slugs(deleted)).toEqual(['golf']);
    expect((await api.get('/api/agents?status=deleted', { token })).body.data.pagination.total).toBe(deletedBefore + 1);
  });

  it("never lists another workspace's agents under a filter value they share", async () => {
    const other = await aUser();
    await aWorkspace(other);
    await api.post('/api/agents', { name: 'Alpha', tags: ['sales'], role: 'finance-agent' }, { token: other.token });
    const mine = await api.get('/api/agents?tags=sales&role=finance-agent', { token });
    const theirs = await api.get('/api/agents?tags=sales', { token: other.token });
    expect(slugs(mine)).toEqual(['alpha']);
    expect(slugs(theirs)).toEqual(['alpha']);
    expect(mine.body.data.agents[0].id).not.toBe(theirs.body.data.agents[0].id);
    expect((await api.get('/api/agents?tags=sales', { token: other.token })).body.data.pagination.total).toBe(1);
  });

  it('answers 400 pointing to the cursor for a page past the first 1,000 agents', async () => {
    const res = await api.get('/api/agents?limit=100&page=11', { token });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('INVALID_INPUT');
    expect(res.body.error.message).toContain('cursor');
    expect((await api.get('/api/agents?limit=100&page=10', { token })).status).toBe(200);
  });

  it('answers 400 for an unknown filter value or a cursor of another sort', async () => {
    expect((await api.get('/api/agents?role=wizard', { token })).status).toBe(400);
    const { next_cursor } = (await api.get('/api/agents?sort=name&limit=1', { token })).body.data.pagination;
    expect((await api.get(`/api/agents?sort=created_at&limit=1&cursor=${next_cursor}`, { token })).status).toBe(400);
  });
});

describe('who sees which agent', () => {
  it('members see the agents they created; owners and admins see all; an invisible agent answers 404', async () => {
    const owner = await aUser();
    const ws = await aWorkspace(owner);
    await setTier(ws, 'team');
    const member = await aMember(owner, ws, 'member');
    const admin = await aMember(owner, ws, 'admin');
    const ownersAgent = (await api.post('/api/agents', { name: 'Owners' }, { token: owner.token })).body.data.agent;
    const membersAgent = (await api.post('/api/agents', { name: 'Members' }, { token: member.token })).body.data.agent;
    expect(slugs(await api.get('/api/agents?sort=name&order=asc', { token: member.token }))).toEqual(['members']);
    expect(slugs(await api.get('/api/agents?sort=name&order=asc', { token: admin.token }))).toEqual(['default', 'members', 'owners']);
    expect((await api.get(`/api/agents/${ownersAgent.id}`, { token: member.token })).status).toBe(404);
    expect((await api.patch(`/api/agents/${ownersAgent.id}`, { description: 'x' }, { token: member.token })).status).toBe(404);
    expect((await api.patch(`/api/agents/${membersAgent.id}`, { description: 'mine' }, { token: member.token })).status).toBe(200);
  });

  it('a caller with no workspace gets an empty list and 404 for any agent', async () => {
    const loner = await aUser();
    const res = await api.get('/api/agents', { token: loner.token });
    expect(res.body.data).toMatchObject({ agents: [], pagination: { total: 0 } });
    expect((await api.post('/api/agents', { name: 'x' }, { token: loner.token })).status).toBe(404);
  });
});

describe('statistics in list results', () => {
  it('carry each agent’s execution aggregate, as GET /api/agents/{agent} shows it, and zeros without runs', async () => {
    const owner = await aUser();
    await aWorkspace(owner);
    const ran = (await api.post('/api/agents', { name: 'Has Run' }, { token: owner.token })).body.data.agent;
    const idle = (await api.post('/api/agents', { name: 'Never Ran' }, { token: owner.token })).body.data.agent;
    // Executions keep this aggregate item (AgentStatsRecord); written directly here.
    const record: AgentStatsRecord = {
      total_executions: 5,
      successful_executions: 4,
      confidence_sum: 4.5,
      confidence_count: 5,
      last_execution: '2026-02-01T08:00:00.000Z',
    };
    await ddb.send(new PutCommand({ TableName: tableName, Item: { ...agentStatsKey(ran.id), ...record } }));
    const listed = (await api.get('/api/agents?sort=name&order=asc', { token: owner.token })).body.data.agents as {
      id: string;
      statistics: unknown;
    }[];
    const single = (await api.get(`/api/agents/${ran.id}`, { token: owner.token })).body.data.agent.statistics;
    expect(single).toEqual({
      total_executions: 5,
      successful_executions: 4,
      success_rate: 0.8,
      avg_confidence: 0.9,
      last_execution: '2026-02-01T08:00:00.000Z',
    });
    expect(listed.find((a) => a.id === ran.id)?.statistics).toEqual(single);
    expect(listed.find((a) => a.id === idle.id)?.statistics).toEqual({
      total_executions: 0,
      successful_executions: 0,
      success_rate: 0,
      avg_confidence: null,
      last_execution: null,
    });
  });

  it('are shown to members on the agents they can see too', async () => {
    const owner = await aUser();
    const ws = await aWorkspace(owner);
    const member = await aMember(owner, ws, 'member');
    const own = (await api.post('/api/agents', { name: 'Members Own' }, { token: member.token })).body.data.agent;
    await ddb.send(
      new PutCommand({ TableName: tableName, Item: { ...agentStatsKey(own.id), total_executions: 2, successful_executions: 1 } }),
    );
    const listed = (await api.get('/api/agents', { token: member.token })).body.data.agents;
    expect(listed).toEqual([
      expect.objectContaining({ id: own.id, statistics: expect.objectContaining({ total_executions: 2, success_rate: 0.5 }) }),
    ]);
  });
});
