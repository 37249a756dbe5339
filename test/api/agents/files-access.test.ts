import { api, request } from '../../support/api-client';
import { directAccess } from '../../support/direct-access';
import { aMember, aUser, aWorkspace, setTier, type TestUser } from '../../support/fixtures';

/**
 * POST /api/agents/{agent}/access: short-lived direct access to an agent's files, as STS credentials
 * narrowed by a session policy. The local runtime issues them from its STS stand-in and its S3
 * stand-in holds every call made with them to that policy, as S3 does deployed.
 */

let owner: TestUser;
let ws: string;

beforeAll(async () => {
  owner = await aUser('access-owner');
  ws = await aWorkspace(owner);
  await setTier(ws, 'team');
});

const anAgentWithFiles = async (files: Record<string, string>) => {
  const agent = (await api.post('/api/agents', { name: `Accessed ${Math.random().toString(36).slice(2, 8)}` }, { token: owner.token })).body
    .data.agent as { id: string };
  for (const [path, content] of Object.entries(files)) {
    await request('PUT', `/api/agents/${agent.id}/files?path=${encodeURIComponent(path)}`, {
      token: owner.token,
      rawBody: content,
      headers: { 'Content-Type': 'text/plain' },
    });
  }
  return agent;
};

const grant = (agentId: string, body: unknown, token = owner.token) => api.post(`/api/agents/${agentId}/access`, body, { token });

describe('direct access to the files', () => {
  it('grants read access as credentials that list and read the agent’s files, for the asked time', async () => {
    const agent = await anAgentWithFiles({ 'a.txt': 'alpha', 'docs/b.txt': 'beta' });
    const res = await grant(agent.id, { access: 'read', ttl_seconds: 1200 });
    expect(res.status).toBe(200);
    const { access } = res.body.data;
    expect(access).toMatchObject({
      mode: 'sts',
      access: 'read',
      prefix: `ws/${ws}/agents/${agent.id}/files/`,
      endpoint: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/),
      force_path_style: true,
      credentials: {
        access_key_id: expect.stringMatching(/^ASIA/),
        secret_access_key: expect.any(String),
        session_token: expect.any(String),
      },
    });
    expect(Math.abs(Date.parse(access.expires_at) - Date.now() - 1200 * 1000)).toBeLessThan(60 * 1000);

    const files = directAccess(access);
    expect(await files.list()).toEqual([files.keyOf('a.txt'), files.keyOf('docs/b.txt')]);
    expect(await files.read(files.keyOf('a.txt'))).toBe('alpha');
  });

  it('refuses, as S3 would, every call outside the grant: another agent’s files, the bucket, writing with read access', async () => {
    const agent = await anAgentWithFiles({ 'a.txt': 'alpha' });
    const other = await anAgentWithFiles({ 'secret.txt': 'not yours' });
    const files = directAccess((await grant(agent.id, { access: 'read' })).body.data.access);
    const othersFile = `ws/${ws}/agents/${other.id}/files/secret.txt`;
    expect({
      readOthers: await files.outcomeOf.read(othersFile),
      listOthers: await files.outcomeOf.list(`ws/${ws}/agents/${other.id}/files/`),
      listWorkspace: await files.outcomeOf.list(`ws/${ws}/`),
      write: await files.outcomeOf.write(files.keyOf('new.txt'), 'x'),
      remove: await files.outcomeOf.remove(files.keyOf('a.txt')),
    }).toEqual({
      readOthers: 'AccessDenied',
      listOthers: 'AccessDenied',
      listWorkspace: 'AccessDenied',
      write: 'AccessDenied',
      remove: 'AccessDenied',
    });
    expect(await files.read(files.keyOf('a.txt'))).toBe('alpha');
  });

  it('refuses the credentials with another session token (InvalidToken)', async () => {
    const agent = await anAgentWithFiles({ 'a.txt': 'alpha' });
    const { access } = (await grant(agent.id, {})).body.data;
    const forged = directAccess(access, { sessionToken: `${access.credentials.session_token}x` });
    expect(await forged.outcomeOf.read(forged.keyOf('a.txt'))).toBe('InvalidToken');
  });

  it('grants write access that uploads, replaces and deletes the agent’s files, and no one else’s', async () => {
    const agent = await anAgentWithFiles({ 'draft.txt': 'v1' });
    const other = await anAgentWithFiles({});
    const { access } = (await grant(agent.id, { access: 'write' })).body.data;
    expect(access.access).toBe('write');
    const files = directAccess(access);
    expect(await files.outcomeOf.write(files.keyOf('draft.txt'), 'version two')).toBe('ok');
    expect(await files.outcomeOf.write(files.keyOf('notes/new.txt'), 'fresh')).toBe('ok');
    expect(await files.read(files.keyOf('draft.txt'))).toBe('version two');
    const listed = await api.get(`/api/agents/${agent.id}/files?recursive=true`, { token: owner.token });
    expect(listed.body.data.files.map((f: { path: string }) => f.path)).toEqual(['draft.txt', 'notes/new.txt']);
    expect(await files.outcomeOf.remove(files.keyOf('draft.txt'))).toBe('ok');
    expect(await files.list()).toEqual([files.keyOf('notes/new.txt')]);
    expect(await files.outcomeOf.write(`ws/${ws}/agents/${other.id}/files/planted.txt`, 'x')).toBe('AccessDenied');
  });

  it('defaults to read access for 900 seconds', async () => {
    const { access } = (await grant((await anAgentWithFiles({})).id, {})).body.data;
    expect(access.access).toBe('read');
    expect(Math.abs(Date.parse(access.expires_at) - Date.now() - 900 * 1000)).toBeLessThan(60 * 1000);
  });

  it('gives a read-only agent’s files for reading only, whatever was asked', async () => {
    const agent = await anAgentWithFiles({ 'a.txt': 'alpha' });
    await api.put(`/api/agents/${agent.id}/read-only`, { enabled: true }, { token: owner.token });
    const { access } = (await grant(agent.id, { access: 'write' })).body.data;
    expect(access.access).toBe('read');
    const files = directAccess(access);
    expect(await files.outcomeOf.write(files.keyOf('a.txt'), 'changed')).toBe('AccessDenied');
    expect(await files.read(files.keyOf('a.txt'))).toBe('alpha');
  });

  it.each([
    ['with a TTL shorter than STS allows', { ttl_seconds: 899 }, 'ttl_seconds'],
    ['with a TTL longer than an hour', { ttl_seconds: 3601 }, 'ttl_seconds'],
    ['for an unknown access level', { access: 'admin' }, 'access'],
  ])('refuses a request %s with 400 INVALID_INPUT', async (_, body, field) => {
    const res = await grant((await anAgentWithFiles({})).id, body);
    expect({ status: res.status, code: res.body.error.code, field: res.body.error.details[0].field }).toEqual({
      status: 400,
      code: 'INVALID_INPUT',
      field,
    });
  });
});

describe('direct access to mounted folders', () => {
  const putFolders = (agentId: string, body: { publish?: unknown[]; mount?: unknown[] }) =>
    api.put(`/api/agents/${agentId}/folders`, { publish: [], mount: [], ...body }, { token: owner.token });

  /** A publisher with `out/reports/q1.md` (published read-only) and `inbox/` (published for writing), and a consumer mounting both. */
  const mountedFolders = async () => {
    const publisher = await anAgentWithFiles({ 'out/reports/q1.md': 'first quarter', 'inbox/a.txt': 'a', 'private.txt': 'mine' });
    const consumer = await anAgentWithFiles({ 'own.txt': 'own' });
    const slug = (await api.get(`/api/agents/${publisher.id}`, { token: owner.token })).body.data.agent.slug as string;
    const published = await putFolders(publisher.id, {
      publish: [
        { name: 'reports', path: 'out/reports', access: 'read' },
        { name: 'inbox', path: 'inbox', access: 'write' },
      ],
    });
    expect(published.status).toBe(200);
    const mounted = await putFolders(consumer.id, {
      mount: [
        { from_agent: slug, name: 'reports', mount_path: 'reports' },
        { from_agent: slug, name: 'inbox', mount_path: 'inbox' },
      ],
    });
    expect(mounted.status).toBe(200);
    return { publisher, consumer, slug, publisherFiles: `ws/${ws}/agents/${publisher.id}/files/` };
  };

  it('reach each mounted folder at its publisher’s prefix, read-only as published, and nothing else of the publisher', async () => {
    const { consumer, slug, publisherFiles } = await mountedFolders();
    const { access } = (await grant(consumer.id, { access: 'write' })).body.data;
    expect(access.mounts).toEqual([
      { path: `mounts/${slug}/reports/`, prefix: `${publisherFiles}out/reports/`, access: 'read' },
      { path: `mounts/${slug}/inbox/`, prefix: `${publisherFiles}inbox/`, access: 'write' },
    ]);
    expect(access.mounts_left_out).toEqual([]);
    const files = directAccess(access);
    expect(await files.list(`${publisherFiles}out/reports/`)).toEqual([`${publisherFiles}out/reports/q1.md`]);
    expect(await files.read(`${publisherFiles}out/reports/q1.md`)).toBe('first quarter');
    expect({
      writeReadOnly: await files.outcomeOf.write(`${publisherFiles}out/reports/q2.md`, 'x'),
      writeReadWrite: await files.outcomeOf.write(`${publisherFiles}inbox/b.txt`, 'b'),
      readUnpublished: await files.outcomeOf.read(`${publisherFiles}private.txt`),
      listPublisher: await files.outcomeOf.list(publisherFiles),
    }).toEqual({ writeReadOnly: 'AccessDenied', writeReadWrite: 'ok', readUnpublished: 'AccessDenied', listPublisher: 'AccessDenied' });
  });

  it('reach a read-write mount for reading only in a read grant, and no folder once it is unmounted', async () => {
    const { consumer, publisherFiles } = await mountedFolders();
    const read = directAccess((await grant(consumer.id, { access: 'read' })).body.data.access);
    expect(await read.outcomeOf.write(`${publisherFiles}inbox/c.txt`, 'c')).toBe('AccessDenied');
    expect(await read.read(`${publisherFiles}inbox/a.txt`)).toBe('a');
    expect((await putFolders(consumer.id, { mount: [] })).status).toBe(200);
    const { access } = (await grant(consumer.id, { access: 'read' })).body.data;
    expect(access.mounts).toEqual([]);
    expect(await directAccess(access).outcomeOf.read(`${publisherFiles}inbox/a.txt`)).toBe('AccessDenied');
  });
});

describe('who may grant direct access', () => {
  it('an agent admin and a workspace admin may; `use` and `view` shares may not (403)', async () => {
    const agent = await anAgentWithFiles({ 'a.txt': 'alpha' });
    const helper = await aMember(owner, ws, 'member');
    await api.post(`/api/agents/${agent.id}/admins`, { email: helper.email }, { token: owner.token });
    expect((await grant(agent.id, { access: 'write' }, helper.token)).status).toBe(200);
    const workspaceAdmin = await aMember(owner, ws, 'admin');
    expect((await grant(agent.id, { access: 'write' }, workspaceAdmin.token)).status).toBe(200);
    for (const share of ['use', 'view'] as const) {
      const colleague = await aMember(owner, ws, 'member');
      await api.post(`/api/agents/${agent.id}/share`, { email: colleague.email, access: share }, { token: owner.token });
      const res = await grant(agent.id, { access: 'read' }, colleague.token);
      expect({ share, status: res.status, code: res.body.error.code }).toEqual({ share, status: 403, code: 'FORBIDDEN' });
    }
  });

  it('a member without access to the agent gets 404', async () => {
    const agent = await anAgentWithFiles({});
    const member = await aMember(owner, ws, 'member');
    expect((await grant(agent.id, {}, member.token)).status).toBe(404);
  });
});
