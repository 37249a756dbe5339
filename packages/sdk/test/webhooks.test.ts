import { ConflictError, NotFoundError, PermissionDeniedError, AgentPlatform } from '../src';
import { anOwner } from './support';

describe('the TypeScript client: webhooks', () => {
  it('creates, lists, reads, updates, rotates the secret of and deletes a webhook endpoint', async () => {
    const client = (await anOwner('team')).client();
    const webhook = await client.webhooks.create({ url: 'https://hooks.example.com/in', events: ['agent.created', 'agent.executed'] });
    expect(webhook.secret).toMatch(/^whsec_/);
    expect((await client.webhooks.list()).webhooks.map((w) => w.id)).toEqual([webhook.id]);
    const read = await client.webhooks.get(webhook.id);
    expect(read).not.toHaveProperty('secret');
    const updated = await client.webhooks.update(webhook.id, { enabled: false }, { ifMatch: read.version });
    expect(updated).toMatchObject({ enabled: false, version: 2 });
    await expect(client.webhooks.update(webhook.id, { enabled: true }, { ifMatch: read.version })).rejects.toMatchObject({
      constructor: ConflictError,
      status: 412,
    });
    const rotated = await client.webhooks.rotateSecret(webhook.id);
    expect(rotated.webhook.secret).not.toBe(webhook.secret);
    expect(Date.parse(rotated.previous_secret_expires_at ?? '')).toBeGreaterThan(Date.now());
    await client.webhooks.delete(webhook.id);
    await expect(client.webhooks.get(webhook.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('refuses an API key without the admin scope with a PermissionDeniedError', async () => {
    const owner = await anOwner();
    const key = await owner.client().apiKeys.create({ name: 'reader', scopes: ['read', 'write'] });
    const reader = new AgentPlatform({ baseUrl: process.env.API_URL, apiKey: key.secret, maxRetryDelayMs: 50 });
    await expect(reader.webhooks.list()).rejects.toBeInstanceOf(PermissionDeniedError);
  });
});
