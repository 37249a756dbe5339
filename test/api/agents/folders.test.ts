import { api, type ApiResponse, request } from '../../support/api-client';
import { aMember, aUser, aWorkspace, anApiKey, setTier, type TestUser } from '../../support/fixtures';

/** Shared folders (API.md §2 Agents): GET/PUT …/folders, …/folders/available, …/folders/consumers. */

type Folder = { name: string; path: string; access?: 'read' | 'write' };
type MountEntry = { from_agent: string; name: string; mount_path: string };
type AgentRef = { id: string; slug: string };

const unique = () => Math.random().toString(36).slice(2, 8);

const anAgent = async (user: TestUser, name = `Folder agent ${unique()}`): Promise<AgentRef> => {
  const res = await api.post('/api/agents', { name }, { token: user.token });
  if (res.status !== 201) throw new Error(`agent creation failed: ${JSON.stringify(res.body)}`);
  return res.body.data.agent;
};

const putFolders = (user: TestUser, ref: string, body: { publish?: Folder[]; mount?: MountEntry[] }, headers?: Record<string, string>) =>
  api.put(`/api/agents/${ref}/folders`, { publish: [], mount: [], ...body }, { token: user.token, headers });

const getFolders = async (user: TestUser, ref: string) =>
  (await api.get(`/api/agents/${ref}/folders`, { token: user.token })).body.data.folders;

const errorOf = (res: { status: number; body: { error?: { code: string } } }) => ({ status: res.status, code: res.body.error?.code });

const aTeamWorkspace = async (name: string) => {
  const owner = await aUser(name);
  const ws = await aWorkspace(owner);
  await setTier(ws, 'team');
  return { owner, ws };
};

describe('an agent’s folder configuration', () => {
  let owner: TestUser;
  beforeAll(async () => ({ owner } = await aTeamWorkspace('folders-owner')));

  it('is empty at version 0 until first set', async () => {
    const agent = await anAgent(owner);
    const res = await api.get(`/api/agents/${agent.slug}/folders`, { token: owner.token });
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe('"0"');
    expect(res.body.data.folders).toEqual({ agent_id: agent.id, version: 0, updated_at: null, publish: [], mount: [] });
  });

  it('is replaced whole by PUT: folders published, a folder of another agent mounted by slug, paths normalised', async () => {
    const publisher = await anAgent(owner);
    const consumer = await anAgent(owner);
    const published = await putFolders(owner, publisher.id, {
      publish: [
        { name: 'reports', path: 'out//reports/./2026/', access: 'write' },
        { name: 'docs', path: 'docs' },
      ],
    });
    expect(published.status).toBe(200);
    expect(published.headers.get('etag')).toBe('"1"');
    expect(published.body.data.folders.publish).toEqual([
      { name: 'reports', path: 'out/reports/2026', access: 'write' },
      { name: 'docs', path: 'docs', access: 'read' },
    ]);

    const mounted = await putFolders(owner, consumer.slug, {
      mount: [{ from_agent: publisher.slug, name: 'reports', mount_path: 'shared/reports/' }],
    });
    expect(mounted.status).toBe(200);
    expect(mounted.body.data.folders).toMatchObject({
      agent_id: consumer.id,
      version: 1,
      mount: [{ from_agent: publisher.id, name: 'reports', mount_path: 'shared/reports' }],
    });
    expect(await getFolders(owner, consumer.id)).toEqual(mounted.body.data.folders);

    const replaced = await putFolders(owner, consumer.id, { publish: [{ name: 'mine', path: 'mine' }] });
    expect(replaced.body.data.folders).toMatchObject({ version: 2, publish: [{ name: 'mine', path: 'mine', access: 'read' }], mount: [] });
    expect((await api.get(`/api/agents/${publisher.id}/folders/consumers`, { token: owner.token })).body.data.consumers).toEqual([]);
  });

  it('answers 412 for a stale If-Match and keeps what was there', async () => {
    const agent = await anAgent(owner);
    await putFolders(owner, agent.id, { publish: [{ name: 'a', path: 'a' }] });
    const res = await putFolders(owner, agent.id, { publish: [{ name: 'b', path: 'b' }] }, { 'If-Match': '"0"' });
    expect(errorOf(res)).toEqual({ status: 412, code: 'VERSION_CONFLICT' });
    expect((await putFolders(owner, agent.id, { publish: [{ name: 'c', path: 'c' }] }, { 'If-Match': '"1"' })).status).toBe(200);
    expect((await getFolders(owner, agent.id)).publish).toEqual([{ name: 'c', path: 'c', access: 'read' }]);
  });

  it.each([
    ['a path leaving the agent’s files', { publish: [{ name: 'x', path: '../other-agent' }] }, 'publish.0.path'],
    ['a path hidden behind a folder', { publish: [{ name: 'x', path: 'a/../../b' }] }, 'publish.0.path'],
    ['an absolute path', { publish: [{ name: 'x', path: '/etc' }] }, 'publish.0.path'],
    ['a backslash', { publish: [{ name: 'x', path: 'a\\..\\b' }] }, 'publish.0.path'],
    ['a NUL byte', { publish: [{ name: 'x', path: 'a\u0000b' }] }, 'publish.0.path'],
    ['a path over 1,024 bytes', { publish: [{ name: 'x', path: 'a'.repeat(1025) }] }, 'publish.0.path'],
    ['a mount leaving the agent’s files', { mount: [{ from_agent: 'default', name: 'x', mount_path: '../x' }] }, 'mount.0.mount_path'],
    ['a folder name with a #', { publish: [{ name: 'a#b', path: 'a' }] }, 'publish.0.name'],
    ['an unknown access', { publish: [{ name: 'a', path: 'a', access: 'admin' }] }, 'publish.0.access'],
    ['21 published folders', { publish: Array.from({ length: 21 }, (_, i) => ({ name: `f${i}`, path: `f${i}` })) }, 'publish'],
    [
      '21 mounts',
      { mount: Array.from({ length: 21 }, (_, i) => ({ from_agent: 'default', name: `f${i}`, mount_path: `f${i}` })) },
      'mount',
    ],
    [
      'a repeated folder name',
      {
        publish: [
          { name: 'a', path: 'a' },
          { name: 'a', path: 'b' },
        ],
      },
      'publish.1.name',
    ],
    ['an unknown field', { publish: [{ name: 'a', path: 'a', shared: true }] }, 'publish.0.shared'],
  ])('refuses %s with 400 INVALID_INPUT on the field, writing nothing', async (_, body, field) => {
    const agent = await anAgent(owner);
    const res = await putFolders(owner, agent.id, body as { publish?: Folder[] });
    expect({ ...errorOf(res), fields: res.body.error.details.map((d: { field: string }) => d.field) }).toEqual({
      status: 400,
      code: 'INVALID_INPUT',
      fields: expect.arrayContaining([field]),
    });
    expect((await getFolders(owner, agent.id)).version).toBe(0);
  });

  it('refuses a body without both lists', async () => {
    const agent = await anAgent(owner);
    const res = await api.put(`/api/agents/${agent.id}/folders`, { publish: [] }, { token: owner.token });
    expect(errorOf(res)).toEqual({ status: 400, code: 'INVALID_INPUT' });
  });

  it('refuses the same folder mounted twice, by slug and by id, and nested mount paths', async () => {
    const publisher = await anAgent(owner);
    const consumer = await anAgent(owner);
    await putFolders(owner, publisher.id, {
      publish: [
        { name: 'f', path: 'f' },
        { name: 'g', path: 'g' },
      ],
    });
    const twice = await putFolders(owner, consumer.id, {
      mount: [
        { from_agent: publisher.slug, name: 'f', mount_path: 'x' },
        { from_agent: publisher.id, name: 'f', mount_path: 'y' },
      ],
    });
    expect({ ...errorOf(twice), details: twice.body.error.details }).toEqual({
      status: 400,
      code: 'INVALID_INPUT',
      details: [{ field: 'mount.1', issue: 'mounts the same folder as mount.0' }],
    });
    const nested = await putFolders(owner, consumer.id, {
      mount: [
        { from_agent: publisher.id, name: 'f', mount_path: 'in' },
        { from_agent: publisher.id, name: 'g', mount_path: 'in/g' },
      ],
    });
    expect(nested.body.error.details).toEqual([{ field: 'mount.1.mount_path', issue: 'overlaps mount.0.mount_path' }]);
  });
});

describe('mount rules', () => {
  let owner: TestUser;
  let ws: string;
  beforeAll(async () => ({ owner, ws } = await aTeamWorkspace('mounts-owner')));

  it('refuses a folder the agent does not publish with 422 FOLDER_NOT_PUBLISHED naming it, writing nothing', async () => {
    const publisher = await anAgent(owner);
    const consumer = await anAgent(owner);
    await putFolders(owner, publisher.id, { publish: [{ name: 'real', path: 'real' }] });
    const res = await putFolders(owner, consumer.id, {
      publish: [{ name: 'mine', path: 'mine' }],
      mount: [
        { from_agent: publisher.id, name: 'real', mount_path: 'a' },
        { from_agent: publisher.slug, name: 'imaginary', mount_path: 'b' },
      ],
    });
    expect({ ...errorOf(res), details: res.body.error.details }).toEqual({
      status: 422,
      code: 'FOLDER_NOT_PUBLISHED',
      details: [{ field: 'mount.1', issue: 'not published', from_agent: publisher.id, name: 'imaginary' }],
    });
    expect(await getFolders(owner, consumer.id)).toMatchObject({ version: 0, publish: [], mount: [] });
    expect((await api.get(`/api/agents/${publisher.id}/folders/consumers`, { token: owner.token })).body.data.consumers).toEqual([]);
  });

  it('refuses an agent of another workspace, by id and by slug, with 422 MOUNT_AGENT_NOT_FOUND', async () => {
    const stranger = await aUser('stranger');
    await aWorkspace(stranger);
    const foreign = await anAgent(stranger, `Foreign ${unique()}`);
    await putFolders(stranger, foreign.id, { publish: [{ name: 'f', path: 'f' }] });
    const consumer = await anAgent(owner);
    for (const ref of [foreign.id, foreign.slug]) {
      const res = await putFolders(owner, consumer.id, { mount: [{ from_agent: ref, name: 'f', mount_path: 'x' }] });
      expect({ ref, ...errorOf(res), details: res.body.error.details }).toEqual({
        ref,
        status: 422,
        code: 'MOUNT_AGENT_NOT_FOUND',
        details: [{ field: 'mount.0.from_agent', issue: 'no such agent in this workspace', from_agent: ref }],
      });
    }
  });

  it('refuses mounting the agent’s own folder with 422 MOUNT_OWN_FOLDER', async () => {
    const agent = await anAgent(owner);
    const res = await putFolders(owner, agent.id, {
      publish: [{ name: 'f', path: 'f' }],
      mount: [{ from_agent: agent.slug, name: 'f', mount_path: 'again' }],
    });
    expect(errorOf(res)).toEqual({ status: 422, code: 'MOUNT_OWN_FOLDER' });
  });

  it('refuses a mount that closes a cycle of write mounts with 422 MOUNT_CYCLE and the cycle', async () => {
    const a = await anAgent(owner);
    const b = await anAgent(owner);
    await putFolders(owner, a.id, { publish: [{ name: 'in', path: 'in', access: 'write' }] });
    expect(
      (
        await putFolders(owner, b.id, {
          publish: [{ name: 'out', path: 'out', access: 'write' }],
          mount: [{ from_agent: a.id, name: 'in', mount_path: 'a' }],
        })
      ).status,
    ).toBe(200);
    const res = await putFolders(owner, a.id, {
      publish: [{ name: 'in', path: 'in', access: 'write' }],
      mount: [{ from_agent: b.slug, name: 'out', mount_path: 'b' }],
    });
    expect({ ...errorOf(res), details: res.body.error.details }).toEqual({
      status: 422,
      code: 'MOUNT_CYCLE',
      details: [{ field: 'mount.0', issue: 'closes a write cycle', cycle: [a.id, b.id, a.id] }],
    });
    expect((await getFolders(owner, a.id)).mount).toEqual([]);
  });

  it('allows mounts both ways when one direction is read-only, then refuses turning it to write', async () => {
    const a = await anAgent(owner);
    const b = await anAgent(owner);
    await putFolders(owner, a.id, { publish: [{ name: 'in', path: 'in', access: 'read' }] });
    await putFolders(owner, b.id, {
      publish: [{ name: 'out', path: 'out', access: 'write' }],
      mount: [{ from_agent: a.id, name: 'in', mount_path: 'a' }],
    });
    const mountBack = [{ from_agent: b.id, name: 'out', mount_path: 'b' }];
    expect((await putFolders(owner, a.id, { publish: [{ name: 'in', path: 'in', access: 'read' }], mount: mountBack })).status).toBe(200);
    const upgrade = await putFolders(owner, a.id, { publish: [{ name: 'in', path: 'in', access: 'write' }], mount: mountBack });
    expect({ ...errorOf(upgrade), details: upgrade.body.error.details }).toEqual({
      status: 422,
      code: 'MOUNT_CYCLE',
      details: [{ field: 'mount.0', issue: 'closes a write cycle', cycle: [a.id, b.id, a.id] }],
    });
    expect((await getFolders(owner, a.id)).publish).toEqual([{ name: 'in', path: 'in', access: 'read' }]);
  });

  it('finds a cycle through three agents', async () => {
    const [a, b, c] = [await anAgent(owner), await anAgent(owner), await anAgent(owner)];
    const w = [{ name: 'w', path: 'w', access: 'write' as const }];
    await putFolders(owner, a.id, { publish: w });
    await putFolders(owner, b.id, { publish: w, mount: [{ from_agent: a.id, name: 'w', mount_path: 'a' }] });
    await putFolders(owner, c.id, { publish: w, mount: [{ from_agent: b.id, name: 'w', mount_path: 'b' }] });
    const res = await putFolders(owner, a.id, { publish: w, mount: [{ from_agent: c.id, name: 'w', mount_path: 'c' }] });
    expect(res.body.error).toMatchObject({ code: 'MOUNT_CYCLE', details: [{ cycle: [a.id, c.id, b.id, a.id] }] });
  });

  it('refuses unpublishing a mounted folder with 409 FOLDER_IN_USE naming the consumers, until they unmount', async () => {
    const publisher = await anAgent(owner);
    const [c1, c2] = [await anAgent(owner), await anAgent(owner)];
    await putFolders(owner, publisher.id, {
      publish: [
        { name: 'f', path: 'f' },
        { name: 'g', path: 'g' },
      ],
    });
    for (const c of [c1, c2]) await putFolders(owner, c.id, { mount: [{ from_agent: publisher.id, name: 'f', mount_path: 'f' }] });
    const res = await putFolders(owner, publisher.id, { publish: [{ name: 'g', path: 'g' }] });
    expect({ ...errorOf(res), details: res.body.error.details }).toEqual({
      status: 409,
      code: 'FOLDER_IN_USE',
      details: [{ field: 'publish', issue: 'still mounted', folder: 'f', consumers: [c1.id, c2.id].sort() }],
    });
    expect((await getFolders(owner, publisher.id)).publish).toHaveLength(2);
    // Changing a mounted folder (path, access) is not unpublishing it.
    expect(
      (
        await putFolders(owner, publisher.id, {
          publish: [
            { name: 'f', path: 'moved', access: 'write' },
            { name: 'g', path: 'g' },
          ],
        })
      ).status,
    ).toBe(200);
    for (const c of [c1, c2]) await putFolders(owner, c.id, {});
    expect((await putFolders(owner, publisher.id, { publish: [{ name: 'g', path: 'g' }] })).status).toBe(200);
  });

  it('does not let a deleted consumer keep a folder in use, nor a deleted publisher keep a mount', async () => {
    const publisher = await anAgent(owner);
    const consumer = await anAgent(owner);
    const other = await anAgent(owner);
    await putFolders(owner, publisher.id, {
      publish: [
        { name: 'f', path: 'f' },
        { name: 'g', path: 'g' },
      ],
    });
    await putFolders(owner, consumer.id, { mount: [{ from_agent: publisher.id, name: 'f', mount_path: 'f' }] });
    await putFolders(owner, other.id, { mount: [{ from_agent: publisher.id, name: 'g', mount_path: 'g' }] });
    expect((await api.delete(`/api/agents/${consumer.id}`, { token: owner.token })).status).toBe(200);
    expect(
      (await api.get(`/api/agents/${publisher.id}/folders/consumers`, { token: owner.token })).body.data.consumers.map(
        (c: { agent: { id: string } }) => c.agent.id,
      ),
    ).toEqual([other.id]);
    expect((await putFolders(owner, publisher.id, { publish: [{ name: 'g', path: 'g' }] })).status).toBe(200);

    expect((await api.delete(`/api/agents/${publisher.id}`, { token: owner.token })).status).toBe(200);
    const available = (await api.get(`/api/agents/${other.id}/folders/available?limit=100`, { token: owner.token })).body.data.folders;
    expect(available.map((f: { from_agent: { id: string } }) => f.from_agent.id)).not.toContain(publisher.id);
    expect((await putFolders(owner, other.id, {})).status).toBe(200);
  });

  it('never leaves a mount of an unpublished folder when an unpublish and a mount race', async () => {
    for (let round = 0; round < 4; round += 1) {
      const publisher = await anAgent(owner);
      const consumer = await anAgent(owner);
      await putFolders(owner, publisher.id, { publish: [{ name: 'f', path: 'f' }] });
      const [unpublish, mount] = await Promise.all([
        putFolders(owner, publisher.id, { publish: [] }),
        putFolders(owner, consumer.id, { mount: [{ from_agent: publisher.id, name: 'f', mount_path: 'f' }] }),
      ]);
      const published = (await getFolders(owner, publisher.id)).publish.length === 1;
      const mounted = (await getFolders(owner, consumer.id)).mount.length === 1;
      expect({ round, statuses: [unpublish.status, mount.status].sort(), mountWithoutFolder: mounted && !published }).toEqual({
        round,
        statuses: mounted ? [200, 409] : expect.arrayContaining([200]),
        mountWithoutFolder: false,
      });
      expect(mounted).toBe(published);
    }
  });

  it('never lets two agents close a write cycle by mounting each other at once', async () => {
    for (let round = 0; round < 4; round += 1) {
      const [a, b] = [await anAgent(owner), await anAgent(owner)];
      const w = [{ name: 'w', path: 'w', access: 'write' as const }];
      await Promise.all([putFolders(owner, a.id, { publish: w }), putFolders(owner, b.id, { publish: w })]);
      const results = await Promise.all([
        putFolders(owner, a.id, { publish: w, mount: [{ from_agent: b.id, name: 'w', mount_path: 'b' }] }),
        putFolders(owner, b.id, { publish: w, mount: [{ from_agent: a.id, name: 'w', mount_path: 'a' }] }),
      ]);
      expect({ round, succeeded: results.filter((r) => r.status === 200).length }).toEqual({ round, succeeded: 1 });
      expect(results.map((r) => r.body.error?.code).filter(Boolean)).toEqual(['MOUNT_CYCLE']);
    }
  });

  it('lists what other agents publish in available, marking what this agent mounts, and who mounts in consumers', async () => {
    const { owner: o } = await aTeamWorkspace('available-owner');
    const [p1, p2, consumer] = [await anAgent(o, 'Pub One'), await anAgent(o, 'Pub Two'), await anAgent(o, 'Consumer')];
    await putFolders(o, p1.id, {
      publish: [
        { name: 'b', path: 'b' },
        { name: 'a', path: 'x/a', access: 'write' },
      ],
    });
    await putFolders(o, p2.id, { publish: [{ name: 'c', path: 'c' }] });
    await putFolders(o, consumer.id, {
      publish: [{ name: 'own', path: 'own' }],
      mount: [{ from_agent: p1.slug, name: 'a', mount_path: 'mnt/a' }],
    });
    const available = await api.get(`/api/agents/${consumer.id}/folders/available`, { token: o.token });
    expect(available.status).toBe(200);
    expect(available.body.data).toEqual({
      folders: [
        { from_agent: { id: p1.id, slug: 'pub-one', name: 'Pub One' }, name: 'a', path: 'x/a', access: 'write', mounted: true },
        { from_agent: { id: p1.id, slug: 'pub-one', name: 'Pub One' }, name: 'b', path: 'b', access: 'read', mounted: false },
        { from_agent: { id: p2.id, slug: 'pub-two', name: 'Pub Two' }, name: 'c', path: 'c', access: 'read', mounted: false },
      ],
      pagination: { page: 1, limit: 20, total: 3, pages: 1, next_cursor: null },
    });
    const consumers = await api.get(`/api/agents/${p1.slug}/folders/consumers`, { token: o.token });
    expect(consumers.body.data).toEqual({
      consumers: [
        {
          agent: { id: consumer.id, slug: 'consumer', name: 'Consumer' },
          folder: 'a',
          access: 'write',
          mount_path: 'mnt/a',
          mounted_at: expect.any(String),
        },
      ],
      pagination: { page: 1, limit: 20, total: 1, pages: 1, next_cursor: null },
    });
  });

  it('pages available folders by cursor and by page number, each exactly once, with the total once a page reaches the end', async () => {
    const { owner: o } = await aTeamWorkspace('paging-owner');
    const publishers = [await anAgent(o), await anAgent(o), await anAgent(o)];
    for (const p of publishers) await putFolders(o, p.id, { publish: ['a', 'b', 'c'].map((name) => ({ name, path: name })) });
    const viewer = await anAgent(o);
    await putFolders(o, viewer.id, { publish: [{ name: 'mine', path: 'mine' }] });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: ApiResponse = await api.get(`/api/agents/${viewer.id}/folders/available?limit=4${cursor ? `&cursor=${cursor}` : ''}`, {
        token: o.token,
      });
      expect(res.body.data.pagination.total).toBeNull();
      seen.push(...res.body.data.folders.map((f: { from_agent: { id: string }; name: string }) => `${f.from_agent.id}/${f.name}`));
      cursor = res.body.data.pagination.next_cursor;
    } while (cursor);
    expect(seen).toHaveLength(9);
    expect(new Set(seen).size).toBe(9);
    const third = await api.get(`/api/agents/${viewer.id}/folders/available?limit=4&page=3`, { token: o.token });
    expect(third.body.data.folders.map((f: { from_agent: { id: string }; name: string }) => `${f.from_agent.id}/${f.name}`)).toEqual(
      seen.slice(8),
    );
    expect(third.body.data.pagination).toMatchObject({ total: 9, pages: 3, next_cursor: null });
  });

  describe('for members', () => {
    let member: TestUser;
    let hidden: AgentRef;
    let shared: AgentRef;
    let own: AgentRef;

    beforeAll(async () => {
      member = await aMember(owner, ws, 'member');
      own = await anAgent(member, `Member own ${unique()}`);
      hidden = await anAgent(owner, `Hidden ${unique()}`);
      shared = await anAgent(owner, `Shared ${unique()}`);
      await putFolders(owner, hidden.id, { publish: [{ name: 'secret', path: 'secret' }] });
      await putFolders(owner, shared.id, { publish: [{ name: 'open', path: 'open' }] });
      await api.post(`/api/agents/${shared.id}/share`, { email: member.email, access: 'view' }, { token: owner.token });
    });

    it('mounting needs read access to the publishing agent: 422 MOUNT_AGENT_NOT_FOUND without it', async () => {
      const denied = await putFolders(member, own.id, { mount: [{ from_agent: hidden.slug, name: 'secret', mount_path: 's' }] });
      expect(errorOf(denied)).toEqual({ status: 422, code: 'MOUNT_AGENT_NOT_FOUND' });
      expect((await putFolders(member, own.id, { mount: [{ from_agent: shared.slug, name: 'open', mount_path: 'o' }] })).status).toBe(200);
    });

    it('available lists only folders of agents the member can see', async () => {
      const folders = (await api.get(`/api/agents/${own.id}/folders/available?limit=100`, { token: member.token })).body.data.folders;
      expect(folders.map((f: { from_agent: { id: string }; name: string }) => [f.from_agent.id, f.name])).toEqual([[shared.id, 'open']]);
    });

    it('consumers names an agent the member cannot see by its id only', async () => {
      const hiddenConsumer = await anAgent(owner, `Hidden consumer ${unique()}`);
      await putFolders(owner, hiddenConsumer.id, { mount: [{ from_agent: shared.id, name: 'open', mount_path: 'o' }] });
      const consumers = (await api.get(`/api/agents/${shared.id}/folders/consumers`, { token: member.token })).body.data.consumers;
      expect(consumers).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ agent: { id: own.id, slug: own.slug, name: expect.any(String) }, mount_path: 'o' }),
          expect.objectContaining({ agent: { id: hiddenConsumer.id, slug: null, name: null }, mount_path: null }),
        ]),
      );
    });

    it('reading needs read access (view), changing needs manage access: 403 for a viewer, 404 without access', async () => {
      expect((await api.get(`/api/agents/${shared.id}/folders`, { token: member.token })).status).toBe(200);
      expect(errorOf(await putFolders(member, shared.id, {}))).toEqual({ status: 403, code: 'FORBIDDEN' });
      for (const path of ['folders', 'folders/available', 'folders/consumers']) {
        expect({ path, ...errorOf(await api.get(`/api/agents/${hidden.id}/${path}`, { token: member.token })) }).toEqual({
          path,
          status: 404,
          code: 'AGENT_NOT_FOUND',
        });
      }
      expect(errorOf(await putFolders(member, hidden.id, {}))).toEqual({ status: 404, code: 'AGENT_NOT_FOUND' });
    });
  });

  it('refuses an API key without the write scope with 403', async () => {
    const agent = await anAgent(owner);
    const { secret } = await anApiKey(owner, ws, ['read']);
    expect((await api.get(`/api/agents/${agent.id}/folders`, { apiKey: secret })).status).toBe(200);
    expect(errorOf(await api.put(`/api/agents/${agent.id}/folders`, { publish: [], mount: [] }, { apiKey: secret }))).toEqual({
      status: 403,
      code: 'FORBIDDEN',
    });
  });
});

describe('tenancy of folder routes', () => {
  it.each([
    ['GET', '/api/agents/{agent}/folders', null],
    ['PUT', '/api/agents/{agent}/folders', { publish: [], mount: [] }],
    ['GET', '/api/agents/{agent}/folders/available', null],
    ['GET', '/api/agents/{agent}/folders/consumers', null],
  ] as [string, string, unknown][])(
    '%s %s answers 404 AGENT_NOT_FOUND across workspaces, by id and by slug',
    async (method, path, body) => {
      const owner = await aUser('tenant');
      await aWorkspace(owner);
      const agent = await anAgent(owner, `Tenant ${unique()}`);
      await putFolders(owner, agent.id, { publish: [{ name: 'f', path: 'f' }] });
      const stranger = await aUser('stranger');
      const strangerWs = await aWorkspace(stranger);
      const apiKey = (await anApiKey(stranger, strangerWs, ['read', 'write', 'execute', 'admin'])).secret;
      for (const ref of [agent.id, agent.slug]) {
        for (const credentials of [{ token: stranger.token }, { apiKey }]) {
          const res = await request(method, path.replace('{agent}', ref), { ...credentials, json: body ?? undefined });
          expect({ ref, ...errorOf(res) }).toEqual({ ref, status: 404, code: 'AGENT_NOT_FOUND' });
        }
      }
      expect((await getFolders(owner, agent.id)).publish).toEqual([{ name: 'f', path: 'f', access: 'read' }]);
    },
  );
});
