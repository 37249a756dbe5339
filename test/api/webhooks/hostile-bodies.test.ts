import { api } from '../../support/api-client';
import { aUser, aWorkspace, setTier, type TestUser } from '../../support/fixtures';

/** Bodies that must be refused with 4xx and details naming the field, never a 500 and never stored. */

let owner: TestUser;
let webhookId: string;
const valid = { url: 'https://hooks.example.com/in', events: ['agent.executed'] };

beforeAll(async () => {
  owner = await aUser('webhook-hostile');
  const ws = await aWorkspace(owner);
  await setTier(ws, 'team');
  webhookId = (await api.post('/api/webhooks', valid, { token: owner.token })).body.data.webhook.id;
});

const hostile: [string, Record<string, unknown>, string][] = [
  ['a URL that is not one', { url: 'not a url' }, 'url'],
  ['an ftp:// URL', { url: 'ftp://hooks.example.com/in' }, 'url'],
  ['plain http:// to a public host (only localhost may be plain http, and only locally)', { url: 'http://hooks.example.com/in' }, 'url'],
  ['the instance metadata address', { url: 'https://169.254.169.254/latest/meta-data/' }, 'url'],
  ['IPv4-mapped loopback', { url: 'http://[::ffff:127.0.0.1]:8080/in' }, 'url'],
  ['a private address', { url: 'https://10.1.2.3/in' }, 'url'],
  ['credentials in the URL', { url: 'https://user:secret@hooks.example.com/in' }, 'url'],
  ['a URL over 2048 characters', { url: `https://hooks.example.com/${'a'.repeat(2048)}` }, 'url'],
  ['a URL that is a number', { url: 42 }, 'url'],
  ['an unknown event', { events: ['agent.exploded'] }, 'events.0'],
  ['a platform-internal event', { events: ['workspace.created'] }, 'events.0'],
  ['an empty event list', { events: [] }, 'events'],
  ['an event listed twice', { events: ['agent.created', 'agent.created'] }, 'events.1'],
  ['"*" beside an event', { events: ['*', 'agent.created'] }, 'events.0'],
  ['events that is a string', { events: 'agent.created' }, 'events'],
  ['enabled that is a string', { enabled: 'yes' }, 'enabled'],
  ['an unknown field', { headers: { 'X-Extra': '1' } }, 'headers'],
];

describe('hostile webhook bodies', () => {
  it.each(hostile)('refuses %s on create with 400 INVALID_INPUT naming the field', async (_, fields, field) => {
    const res = await api.post('/api/webhooks', { ...valid, ...fields }, { token: owner.token });
    expect({ status: res.status, code: res.body.error.code }).toEqual({ status: 400, code: 'INVALID_INPUT' });
    expect(res.body.error.details.map((d: { field: string }) => d.field)).toContain(field);
  });

  it.each(hostile)('refuses %s on PATCH with 400 INVALID_INPUT naming the field', async (_, fields, field) => {
    const res = await api.patch(`/api/webhooks/${webhookId}`, fields, { token: owner.token });
    expect({ status: res.status, code: res.body.error.code }).toEqual({ status: 400, code: 'INVALID_INPUT' });
    expect(res.body.error.details.map((d: { field: string }) => d.field)).toContain(field);
  });

  it('stored none of them', async () => {
    const list = await api.get('/api/webhooks', { token: owner.token });
    expect(list.body.data.webhooks).toEqual([expect.objectContaining({ id: webhookId, ...valid, version: 1 })]);
  });

  it('refuses a create without url or events, naming both', async () => {
    const res = await api.post('/api/webhooks', {}, { token: owner.token });
    expect(res.status).toBe(400);
    expect(res.body.error.details.map((d: { field: string }) => d.field)).toEqual(expect.arrayContaining(['url', 'events']));
  });

  it('takes a receiver on localhost on the local runtime, so a developer can receive deliveries', async () => {
    const res = await api.post('/api/webhooks', { ...valid, url: 'http://localhost:4000/hooks' }, { token: owner.token });
    expect(res.status).toBe(201);
  });
});
