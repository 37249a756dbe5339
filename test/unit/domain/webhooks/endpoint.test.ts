import { CLOSED_BREAKER } from '../../../../lambdas/domain/webhooks/breaker';
import { newWebhook, previousSecretExpiry, subscriptionProblems, webhookChanges } from '../../../../lambdas/domain/webhooks/endpoint';
import type { SealedSecret } from '../../../../lambdas/domain/webhooks/model';

const aSecret = (expires_at: string | null = null): SealedSecret => ({
  sealed: { v: 1, iv: 'iv', data: 'data', tag: 'tag' },
  wrapped_key: 'local:key',
  expires_at,
});

describe('a webhook subscription', () => {
  it.each([[['agent.executed']], [['agent.created', 'agent.executed', 'webhook.test']], [['*']]])('accepts %j', (events) => {
    expect(subscriptionProblems(events)).toEqual([]);
  });

  it('refuses an empty list', () => {
    expect(subscriptionProblems([])).toEqual([{ index: -1, issue: expect.stringMatching(/at least one event/) }]);
  });

  it('refuses "*" beside named events', () => {
    expect(subscriptionProblems(['agent.created', '*'])).toEqual([{ index: 1, issue: expect.stringMatching(/alone/) }]);
  });

  it('refuses an event listed twice, naming the second entry', () => {
    expect(subscriptionProblems(['agent.created', 'agent.executed', 'agent.created'])).toEqual([
      { index: 2, issue: 'agent.created is listed twice' },
    ]);
  });

  it('refuses unknown and platform-internal events', () => {
    expect(subscriptionProblems(['agent.exploded', 'workspace.created']).map((p) => p.index)).toEqual([0, 1]);
  });
});

describe('a new webhook', () => {
  it('starts enabled, with no failure record and its one secret', () => {
    const secret = aSecret();
    const webhook = newWebhook(
      { url: 'https://hooks.example.com', events: ['*'] },
      { id: 'whk_1', workspaceId: 'ws_1', createdBy: 'a@example.com', now: '2026-01-01T00:00:00.000Z', secret },
    );
    expect(webhook).toMatchObject({
      enabled: true,
      description: null,
      disabled_reason: null,
      failing_since: null,
      secrets: [secret],
      version: 1,
    });
  });
});

describe('changing a webhook', () => {
  const now = '2026-02-01T00:00:00.000Z';

  it('sets only the fields sent', () => {
    expect(webhookChanges({ events: ['agent.created'] }, now)).toEqual({ events: ['agent.created'], updated_at: now });
  });

  it('re-enabling it clears why the platform disabled it, its failure record and its breaker', () => {
    expect(webhookChanges({ enabled: true }, now)).toEqual({
      enabled: true,
      disabled_reason: null,
      failing_since: null,
      ...CLOSED_BREAKER,
      updated_at: now,
    });
  });

  it('disabling it by hand records no platform reason', () => {
    expect(webhookChanges({ enabled: false }, now)).toEqual({ enabled: false, disabled_reason: null, updated_at: now });
  });

  it('a new URL starts its failure record and its breaker afresh', () => {
    expect(webhookChanges({ url: 'https://new.example.com' }, now)).toEqual({
      url: 'https://new.example.com',
      failing_since: null,
      ...CLOSED_BREAKER,
      updated_at: now,
    });
  });

  it('description null clears it', () => {
    expect(webhookChanges({ description: null }, now)).toEqual({ description: null, updated_at: now });
  });
});

describe('the previous secret', () => {
  it('is the one with an expiry; none before any rotation', () => {
    expect(previousSecretExpiry([aSecret()])).toBeNull();
    expect(previousSecretExpiry([aSecret(), aSecret('2026-01-02T00:00:00.000Z')])).toBe('2026-01-02T00:00:00.000Z');
  });
});
