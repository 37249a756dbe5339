import { api } from '../../support/api-client';
import { aUser, aWorkspace, setTier, type TestUser } from '../../support/fixtures';
import { type LocalEvent, localEvents, waitForEvents } from '../../support/local-events';

/**
 * The outbox: a change and its event commit together, and the relay puts the event on the bus
 * whenever the bus takes it. Here the local bus refuses every event for a while (as EventBridge
 * answers InternalFailure); the API is not affected, and nothing is lost or repeated.
 */

const OUTAGE_MS = 3_000;

const busOutage = async (ms: number) => {
  const res = await fetch(`${process.env.API_URL}/local/bus/outage`, { method: 'POST', body: JSON.stringify({ ms }) });
  if (res.status !== 200) throw new Error(`the bus outage switch answered ${res.status}`);
};

let owner: TestUser;

beforeAll(async () => {
  owner = await aUser('outage');
  await setTier(await aWorkspace(owner), 'team');
});

describe('while the bus refuses events', () => {
  it('creating an agent answers 201, and once the bus is back its event arrives exactly once, after its log line was written', async () => {
    await busOutage(OUTAGE_MS);
    const started = Date.now();
    const res = await api.post('/api/agents', { name: `During outage ${Date.now()}` }, { token: owner.token });
    expect(res.status).toBe(201);
    const agentId = res.body.data.agent.id as string;
    const created = (e: LocalEvent) => e['detail-type'] === 'agent.created' && e.detail.data.agent_id === agentId;

    const logs = await api.get(`/api/agents/${agentId}/logs`, { token: owner.token });
    expect(logs.body.data.logs.map((l: { event: string }) => l.event)).toEqual(['agent.created']);
    // Read before the outage ends: the bus has refused the event so far.
    const before = (await localEvents()).filter(created);
    expect(Date.now() - started).toBeLessThan(OUTAGE_MS);
    expect(before).toEqual([]);

    const [arrived] = await waitForEvents(created, 1, OUTAGE_MS + 15_000);
    expect(arrived?.detail).toMatchObject({
      id: expect.stringMatching(/^evt_/),
      event: 'agent.created',
      workspace_id: res.body.data.agent.workspace_id,
    });

    // A later event has arrived once the earlier one could have arrived again: it did not.
    const later = await api.post('/api/agents', { name: `After outage ${Date.now()}` }, { token: owner.token });
    await waitForEvents((e) => e.detail.data.agent_id === later.body.data.agent.id, 1);
    expect((await localEvents()).filter((e) => e.detail.id === arrived?.detail.id)).toHaveLength(1);
  });

  it('events written by several changes during the outage all arrive, each once', async () => {
    await busOutage(OUTAGE_MS);
    const answers = await Promise.all(
      Array.from({ length: 5 }, (_, i) => api.post('/api/agents', { name: `Burst ${i} ${Date.now()}` }, { token: owner.token })),
    );
    expect(answers.map((r) => r.status)).toEqual([201, 201, 201, 201, 201]);
    const ids = new Set(answers.map((r) => r.body.data.agent.id as string));
    const mine = (e: LocalEvent) => e['detail-type'] === 'agent.created' && ids.has(e.detail.data.agent_id as string);
    await waitForEvents(mine, 5, OUTAGE_MS + 15_000);
    const marker = await api.post('/api/agents', { name: `Marker ${Date.now()}` }, { token: owner.token });
    await waitForEvents((e) => e.detail.data.agent_id === marker.body.data.agent.id, 1);
    const arrived = (await localEvents()).filter(mine);
    expect(arrived).toHaveLength(5);
    expect(new Set(arrived.map((e) => e.detail.data.agent_id)).size).toBe(5);
  });
});

describe('the outage switch', () => {
  it('refuses a duration that is not a whole number of milliseconds up to ten minutes with 400', async () => {
    for (const ms of [-1, 1.5, 'soon', 10 * 60 * 1000 + 1]) {
      const res = await fetch(`${process.env.API_URL}/local/bus/outage`, { method: 'POST', body: JSON.stringify({ ms }) });
      expect(res.status).toBe(400);
    }
  });
});
