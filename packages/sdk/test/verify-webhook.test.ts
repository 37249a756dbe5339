import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Webhook } from 'standardwebhooks';
import { verifyWebhook, type WebhookVerificationError } from '../src';

/** Deliveries are signed by `standardwebhooks`, the specification's reference library, never by the code under test. */

const aSecret = () => `whsec_${randomBytes(32).toString('base64')}`;
const now = new Date('2026-03-01T12:00:00Z');
const body = JSON.stringify({
  id: 'evt_01JTEST',
  event: 'agent.executed',
  version: 1,
  workspace_id: 'ws_01JTEST',
  data: {
    agent_id: 'agent_1',
    execution_id: 'exec_1',
    status: 'completed',
    result: { summary: 'done' },
    usage: { input_tokens: 1, output_tokens: 2 },
    duration_ms: 5,
  },
  timestamp: now.toISOString(),
});

const signed = (secret: string, { at = now, payload = body } = {}) => ({
  'webhook-id': 'evt_01JTEST',
  'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
  'webhook-signature': new Webhook(secret).sign('evt_01JTEST', at, payload),
});

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => 'accepted',
    (error: WebhookVerificationError) => `${error.name}: ${error.code}`,
  );

describe('verifyWebhook', () => {
  it('returns the event of a delivery signed with the secret', async () => {
    const secret = aSecret();
    const event = await verifyWebhook(body, signed(secret), secret, { now });
    expect(event).toMatchObject({ id: 'evt_01JTEST', event: 'agent.executed', workspace_id: 'ws_01JTEST' });
    if (event.event === 'agent.executed') expect(event.data.result?.summary).toBe('done');
  });

  it('refuses a body changed after signing', async () => {
    const secret = aSecret();
    const tampered = body.replace('"done"', '"forged"');
    expect(await refusal(verifyWebhook(tampered, signed(secret), secret, { now }))).toBe('WebhookVerificationError: INVALID_SIGNATURE');
  });

  it('refuses a delivery signed with another secret', async () => {
    expect(await refusal(verifyWebhook(body, signed(aSecret()), aSecret(), { now }))).toBe('WebhookVerificationError: INVALID_SIGNATURE');
  });

  it('refuses a delivery signed longer ago than the tolerance, and one from the future', async () => {
    const secret = aSecret();
    const old = signed(secret, { at: new Date(now.getTime() - 301_000) });
    const future = signed(secret, { at: new Date(now.getTime() + 301_000) });
    expect(await refusal(verifyWebhook(body, old, secret, { now }))).toBe('WebhookVerificationError: TIMESTAMP_OUT_OF_TOLERANCE');
    expect(await refusal(verifyWebhook(body, future, secret, { now }))).toBe('WebhookVerificationError: TIMESTAMP_OUT_OF_TOLERANCE');
    expect(await refusal(verifyWebhook(body, old, secret, { now, toleranceSeconds: 600 }))).toBe('accepted');
  });

  it('accepts a header with two signatures when one of them is valid, as during a secret rotation', async () => {
    const [previous, current] = [aSecret(), aSecret()];
    const headers = signed(current);
    const both = { ...headers, 'webhook-signature': `${signed(previous)['webhook-signature']} ${headers['webhook-signature']}` };
    expect(await refusal(verifyWebhook(body, both, current, { now }))).toBe('accepted');
    expect(await refusal(verifyWebhook(body, signed(previous), [current, previous], { now }))).toBe('accepted');
  });

  it('reads a Fetch API Headers object and refuses a delivery without its signature header', async () => {
    const secret = aSecret();
    expect(await refusal(verifyWebhook(body, new Headers(signed(secret)), secret, { now }))).toBe('accepted');
    const { 'webhook-signature': _signature, ...unsigned } = signed(secret);
    expect(await refusal(verifyWebhook(body, unsigned, secret, { now }))).toBe('WebhookVerificationError: MISSING_HEADER');
  });

  it("signs the Python SDK's test vectors exactly as standardwebhooks does", () => {
    const vectors = JSON.parse(readFileSync(join(__dirname, '..', '..', 'python', 'tests', 'webhook_vectors.json'), 'utf8'));
    const at = new Date(vectors.timestamp * 1000);
    expect(new Webhook(vectors.secret).sign(vectors.id, at, vectors.payload)).toBe(vectors.signature);
    expect(new Webhook(vectors.other_secret).sign(vectors.id, at, vectors.payload)).toBe(vectors.other_signature);
  });
});
