import { api } from '../../support/api-client';
import { aUser, aWorkspace, setTier } from '../../support/fixtures';
import { waitForEvents } from '../../support/local-events';
import { startOfQuietUtcDay } from '../../support/utc-day';

const sendRequests = async (count: number, path: string, token: string) => {
  const statuses: number[] = [];
  for (let i = 0; i < count; i += 1) statuses.push((await api.get(path, { token })).status);
  return statuses;
};

describe('tiers and rate limits', () => {
  it('only a platform operator may change a workspace tier, even one they are not a member of', async () => {
    const owner = await aUser();
    const ws = await aWorkspace(owner);
    const refused = await api.patch(`/api/workspaces/${ws}`, { tier: 'team' }, { token: owner.token });
    expect(refused.status).toBe(403);
    const operator = await aUser('operator', { platformAdmin: true });
    const changed = await api.patch(`/api/workspaces/${ws}`, { tier: 'team' }, { token: operator.token });
    expect(changed.status).toBe(200);
    expect(changed.body.data.workspace).toMatchObject({ tier: 'team', role: null, limits: { requests_per_day: 5000, agents: 200 } });
  });

  it('every answer counts down X-RateLimit-Remaining against the daily quota', async () => {
    await startOfQuietUtcDay();
    const owner = await aUser();
    const ws = await aWorkspace(owner);
    const first = await api.get(`/api/workspaces/${ws}`, { token: owner.token });
    const second = await api.get(`/api/workspaces/${ws}`, { token: owner.token });
    expect(first.headers.get('x-ratelimit-limit')).toBe('50');
    expect(Number(second.headers.get('x-ratelimit-remaining'))).toBe(Number(first.headers.get('x-ratelimit-remaining')) - 1);
    const tomorrow = Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate() + 1) / 1000;
    expect(Number(first.headers.get('x-ratelimit-reset'))).toBe(tomorrow);
  });

  it('a free workspace’s 51st request of the day answers 429 RATE_LIMIT_EXCEEDED with Retry-After', async () => {
    await startOfQuietUtcDay();
    const owner = await aUser();
    const ws = await aWorkspace(owner);
    const statuses = await sendRequests(50, `/api/workspaces/${ws}/usage`, owner.token);
    expect(statuses.every((s) => s === 200)).toBe(true);
    const refused = await api.get(`/api/workspaces/${ws}/usage`, { token: owner.token });
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe('RATE_LIMIT_EXCEEDED');
    expect(refused.headers.get('x-ratelimit-remaining')).toBe('0');
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(86_400);
  });

  it('an enterprise workspace is not refused past the free quota', async () => {
    const owner = await aUser();
    const ws = await aWorkspace(owner);
    await setTier(ws, 'enterprise');
    const statuses = await sendRequests(55, `/api/workspaces/${ws}/usage`, owner.token);
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
    const last = await api.get(`/api/workspaces/${ws}/usage`, { token: owner.token });
    expect(last.body.data.usage.requests).toMatchObject({ daily_quota: null, remaining_today: null, per_minute: 2000 });
  });

  it('usage reports today’s requests and the agents allowed by the tier', async () => {
    await startOfQuietUtcDay();
    const owner = await aUser();
    const ws = await aWorkspace(owner);
    const res = await api.get(`/api/workspaces/${ws}/usage`, { token: owner.token });
    expect(res.body.data.usage).toMatchObject({
      workspace_id: ws,
      tier: 'free',
      requests: { today: 1, daily_quota: 50, remaining_today: 49, per_minute: 60 },
      agents: { used: 0, allowed: 3 },
    });
  });
});

describe('usage-key events', () => {
  const eventsFor = async (workspaceId: string, count: number) =>
    (await waitForEvents((e) => e.detail.workspace_id === workspaceId, count)).map((e) => [e['detail-type'], e.detail.data]);

  it('creating a workspace and changing its tier publish the events that keep its usage key on the right plan', async () => {
    const owner = await aUser();
    const ws = await aWorkspace(owner);
    await setTier(ws, 'solo');
    // Order is not promised (each event carries its own time); which events, and each once, is.
    const events = await eventsFor(ws, 2);
    expect(events).toHaveLength(2);
    expect(events).toEqual(
      expect.arrayContaining([
        ['workspace.created', expect.objectContaining({ tier: 'free' })],
        ['workspace.tier_changed', expect.objectContaining({ tier: 'solo', previous_tier: 'free' })],
      ]),
    );
  });
});
