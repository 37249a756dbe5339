import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { agentStatsKey } from '../../../lambdas/data/keys';
import { ddb, tableName } from '../../../lambdas/data/table';
import type { AgentStatsRecord } from '../../../lambdas/domain/agents/stats';
import { api } from '../../support/api-client';
import { aUser, aWorkspace, setTier, type TestUser } from '../../support/fixtures';

/** An agent's log lines and execution statistics (API.md §2 "Agents": /logs, /stats). */

let owner: TestUser;

beforeAll(async () => {
  owner = await aUser('logs-owner');
  await setTier(await aWorkspace(owner), 'team');
});

const anAgent = async () =>
  (await api.post('/api/agents', { name: `Logged ${Math.random().toString(36).slice(2, 8)}` }, { token: owner.token })).body.data.agent as {
    id: string;
    slug: string;
  };

type LogLine = { at: string; level: string; event: string; message: string; actor: string };

describe('agent logs', () => {
  it('hold one line per change, oldest first, saying what changed', async () => {
    const agent = await anAgent();
    await api.put(`/api/agents/${agent.id}/autonomy`, { enabled: true }, { token: owner.token });
    await api.put(`/api/agents/${agent.id}/timeout`, { timeout_seconds: 60 }, { token: owner.token });
    const res = await api.get(`/api/agents/${agent.slug}/logs`, { token: owner.token });
    expect(res.status).toBe(200);
    const lines: LogLine[] = res.body.data.logs;
    expect(lines.slice(-2)).toEqual([
      { at: expect.any(String), level: 'info', event: 'agent.updated', message: 'changed autonomy_enabled', actor: expect.any(String) },
      { at: expect.any(String), level: 'info', event: 'agent.updated', message: 'changed timeout_seconds', actor: expect.any(String) },
    ]);
    expect(lines.map((l) => l.at)).toEqual([...lines.map((l) => l.at)].sort());
  });

  it('answer only the last `tail` lines', async () => {
    const agent = await anAgent();
    for (const seconds of [20, 30, 40])
      await api.put(`/api/agents/${agent.id}/timeout`, { timeout_seconds: seconds }, { token: owner.token });
    await api.put(`/api/agents/${agent.id}/read-only`, { enabled: true }, { token: owner.token });
    const res = await api.get(`/api/agents/${agent.id}/logs?tail=1`, { token: owner.token });
    expect(res.body.data.logs.map((l: LogLine) => l.message)).toEqual(['changed read_only_enabled']);
  });

  it('are empty for an agent nothing happened to since it was created', async () => {
    const agent = await anAgent();
    const lines: LogLine[] = (await api.get(`/api/agents/${agent.id}/logs`, { token: owner.token })).body.data.logs;
    expect(lines.filter((l) => l.event !== 'agent.created')).toEqual([]);
  });

  it.each([['tail=0'], ['tail=1001'], ['tail=ten'], ['tail=1.5'], ['lines=10']])('refuse ?%s with 400 INVALID_INPUT', async (query) => {
    const res = await api.get(`/api/agents/${(await anAgent()).id}/logs?${query}`, { token: owner.token });
    expect({ status: res.status, code: res.body.error.code }).toEqual({ status: 400, code: 'INVALID_INPUT' });
  });
});

describe('agent stats', () => {
  it('are zeros and nulls before the first execution', async () => {
    const agent = await anAgent();
    const res = await api.get(`/api/agents/${agent.id}/stats`, { token: owner.token });
    expect(res.status).toBe(200);
    expect(res.body.data.stats).toEqual({
      agent_id: agent.id,
      total_executions: 0,
      successful_executions: 0,
      failed_executions: 0,
      success_rate: 0,
      avg_confidence: null,
      total_input_tokens: 0,
      total_output_tokens: 0,
      cost_usd: 0,
      duration_ms: { p50: null, p95: null },
      last_execution: null,
    });
  });

  it('are read from the aggregate item the executions keep', async () => {
    const agent = await anAgent();
    // Executions write this item in a later issue; the shape is AgentStatsRecord.
    const record: AgentStatsRecord = {
      total_executions: 4,
      successful_executions: 3,
      failed_executions: 1,
      confidence_sum: 3.4,
      confidence_count: 4,
      total_input_tokens: 1200,
      total_output_tokens: 800,
      cost_usd: 0.0123,
      last_execution: '2026-01-15T10:30:00.000Z',
      duration_ms_le_100: 2,
      duration_ms_le_1000: 1,
      duration_ms_le_30000: 1,
    };
    await ddb.send(new PutCommand({ TableName: tableName, Item: { ...agentStatsKey(agent.id), ...record } }));
    const res = await api.get(`/api/agents/${agent.slug}/stats`, { token: owner.token });
    expect(res.body.data.stats).toEqual({
      agent_id: agent.id,
      total_executions: 4,
      successful_executions: 3,
      failed_executions: 1,
      success_rate: 0.75,
      avg_confidence: 0.85,
      total_input_tokens: 1200,
      total_output_tokens: 800,
      cost_usd: 0.0123,
      duration_ms: { p50: 100, p95: 30_000 },
      last_execution: '2026-01-15T10:30:00.000Z',
    });
    const fetched = await api.get(`/api/agents/${agent.id}`, { token: owner.token });
    expect(fetched.body.data.agent.statistics).toEqual({
      total_executions: 4,
      successful_executions: 3,
      success_rate: 0.75,
      avg_confidence: 0.85,
      last_execution: '2026-01-15T10:30:00.000Z',
    });
  });
});
