import { api, request } from '../../support/api-client';
import { aMember, aUser, aWorkspace, setTier, type TestUser } from '../../support/fixtures';

/** An agent's files: upload, list, download (302 to S3), delete, presigned uploads, paths, size limits, quota, rights. */

const MiB = 1024 * 1024;

let owner: TestUser;
let ws: string;

beforeAll(async () => {
  owner = await aUser('files-owner');
  ws = await aWorkspace(owner);
  await setTier(ws, 'team');
});

const anAgent = async (token = owner.token): Promise<{ id: string; slug: string }> =>
  (await api.post('/api/agents', { name: `Filer ${Math.random().toString(36).slice(2, 8)}` }, { token })).body.data.agent;

const filesOf = (agentId: string) => `/api/agents/${agentId}/files`;
const at = (path: string) => `?path=${encodeURIComponent(path)}`;

const upload = (agentId: string, path: string, body: Buffer | string, options: { token?: string; contentType?: string } = {}) =>
  request('PUT', `${filesOf(agentId)}${at(path)}`, {
    token: options.token ?? owner.token,
    rawBody: body,
    headers: { 'Content-Type': options.contentType ?? 'application/octet-stream' },
  });

/** Follows the API's 302 to S3 and answers what S3 serves. */
const download = async (agentId: string, path: string, token = owner.token) => {
  const res = await api.get(`${filesOf(agentId)}/download${at(path)}`, { token });
  expect(res.status).toBe(302);
  const location = res.headers.get('location') as string;
  expect(res.body.data.download.url).toBe(location);
  const object = await fetch(location);
  return {
    status: object.status,
    bytes: Buffer.from(await object.arrayBuffer()),
    contentType: object.headers.get('content-type'),
    disposition: object.headers.get('content-disposition'),
  };
};

const allBytes = Buffer.from(Array.from({ length: 1024 }, (_, i) => i % 256));

describe('uploading and downloading', () => {
  it('stores a binary body byte for byte and downloads it through a presigned redirect', async () => {
    const agent = await anAgent();
    const res = await upload(agent.id, 'data/blob.bin', allBytes);
    expect(res.status).toBe(200);
    expect(res.body.data.file).toMatchObject({ path: 'data/blob.bin', type: 'file', size: 1024, content_type: 'application/octet-stream' });
    const got = await download(agent.slug, 'data/blob.bin');
    expect(got.status).toBe(200);
    expect(got.bytes.equals(allBytes)).toBe(true);
    expect(got.disposition).toContain('filename="blob.bin"');
  });

  it('keeps the content type a text file was sent with', async () => {
    const agent = await anAgent();
    await upload(agent.id, 'notes.md', '# Notes\nhéllo\n', { contentType: 'text/markdown' });
    const got = await download(agent.id, 'notes.md');
    expect({ text: got.bytes.toString('utf8'), type: got.contentType }).toEqual({ text: '# Notes\nhéllo\n', type: 'text/markdown' });
  });

  it('replaces a file uploaded to the same path', async () => {
    const agent = await anAgent();
    await upload(agent.id, 'a.txt', 'first version');
    await upload(agent.id, 'a.txt', 'second');
    expect((await download(agent.id, 'a.txt')).bytes.toString()).toBe('second');
    expect((await api.get(`${filesOf(agent.id)}?recursive=true`, { token: owner.token })).body.data.files).toEqual([
      expect.objectContaining({ path: 'a.txt', size: 6 }),
    ]);
  });

  it('takes a body of exactly 4 MiB and refuses one byte more with 413 PAYLOAD_TOO_LARGE', async () => {
    const agent = await anAgent();
    expect((await upload(agent.id, 'exact.bin', Buffer.alloc(4 * MiB, 7))).status).toBe(200);
    const over = await upload(agent.id, 'over.bin', Buffer.alloc(4 * MiB + 1, 7));
    expect({ status: over.status, code: over.body.error.code }).toEqual({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
    expect((await api.get(`${filesOf(agent.id)}/download${at('over.bin')}`, { token: owner.token })).status).toBe(404);
  });

  it('answers 404 FILE_NOT_FOUND for a path with no file', async () => {
    const res = await api.get(`${filesOf((await anAgent()).id)}/download${at('missing.txt')}`, { token: owner.token });
    expect({ status: res.status, code: res.body.error.code }).toEqual({ status: 404, code: 'FILE_NOT_FOUND' });
  });
});

describe('paths', () => {
  it.each([
    ['a parent segment', '../other-agent/files/secret.txt', '..'],
    ['a parent segment inside a folder', 'docs/../../x', '..'],
    ['an absolute path', '/etc/passwd', 'leading /'],
    ['a backslash', 'docs\\x.txt', 'backslash'],
    ['NUL', 'x\u0000.txt', 'NUL'],
    ['a control character', 'x\r\n.txt', 'control'],
    ['a path over 1,024 bytes', `${'d/'.repeat(520)}x`, 'at most'],
    ['a folder instead of a file', 'docs/', 'must name a file'],
  ])('refuses %s with 400 INVALID_INPUT on query.path, for upload, download and delete', async (_, path, issue) => {
    const agent = await anAgent();
    for (const res of [
      await upload(agent.id, path, 'x'),
      await api.get(`${filesOf(agent.id)}/download${at(path)}`, { token: owner.token }),
      await api.delete(`${filesOf(agent.id)}${at(path)}`, { token: owner.token }),
    ]) {
      expect({ status: res.status, code: res.body.error.code, details: res.body.error.details }).toEqual({
        status: 400,
        code: 'INVALID_INPUT',
        details: [{ field: 'query.path', issue: expect.stringContaining(issue) }],
      });
    }
  });

  it('normalises `.` segments and repeated slashes', async () => {
    const agent = await anAgent();
    expect((await upload(agent.id, './docs//./readme.txt', 'hi')).body.data.file.path).toBe('docs/readme.txt');
  });

  it('requires a path', async () => {
    const res = await request('PUT', filesOf((await anAgent()).id), {
      token: owner.token,
      rawBody: 'x',
      headers: { 'Content-Type': 'text/plain' },
    });
    expect({ status: res.status, field: res.body.error.details[0].field }).toEqual({ status: 400, field: 'query.path' });
  });
});

describe('listing', () => {
  let agent: { id: string; slug: string };

  beforeAll(async () => {
    agent = await anAgent();
    for (const path of ['a.txt', 'b.txt', 'c.txt', 'docs/one.md', 'docs/two.md', 'docs/deep/three.md', 'report-2026.pdf'])
      await upload(agent.id, path, path);
  });

  const list = (query: string) => api.get(`${filesOf(agent.id)}${query}`, { token: owner.token });
  const paths = (res: { body: { data: { files: { path: string }[] } } }) => res.body.data.files.map((f) => f.path);

  it('shows one level, with deeper files grouped into folders', async () => {
    const res = await list('');
    expect(res.body.data.files).toEqual([
      { path: 'a.txt', type: 'file', size: 5, modified_at: expect.stringMatching(/Z$/) },
      expect.objectContaining({ path: 'b.txt' }),
      expect.objectContaining({ path: 'c.txt' }),
      { path: 'docs/', type: 'folder', size: null, modified_at: null },
      expect.objectContaining({ path: 'report-2026.pdf', type: 'file' }),
    ]);
    expect(res.body.data.pagination).toMatchObject({ total: 5, next_cursor: null });
  });

  it('lists a folder by prefix, and every file below it with recursive=true', async () => {
    expect(paths(await list('?prefix=docs/'))).toEqual(['docs/deep/', 'docs/one.md', 'docs/two.md']);
    expect(paths(await list('?prefix=docs/&recursive=true'))).toEqual(['docs/deep/three.md', 'docs/one.md', 'docs/two.md']);
    expect(paths(await list('?prefix=rep'))).toEqual(['report-2026.pdf']);
  });

  it('pages with a cursor and with page numbers, reporting the total once a page reaches the end', async () => {
    const first = await list('?recursive=true&limit=3');
    expect(paths(first)).toEqual(['a.txt', 'b.txt', 'c.txt']);
    expect(first.body.data.pagination).toMatchObject({ limit: 3, total: null, pages: null, next_cursor: expect.any(String) });
    const second = await list(`?recursive=true&limit=3&cursor=${first.body.data.pagination.next_cursor}`);
    expect(paths(second)).toEqual(['docs/deep/three.md', 'docs/one.md', 'docs/two.md']);
    const third = await list(`?recursive=true&limit=3&cursor=${second.body.data.pagination.next_cursor}`);
    expect({ paths: paths(third), next: third.body.data.pagination.next_cursor }).toEqual({ paths: ['report-2026.pdf'], next: null });
    expect(paths(await list('?recursive=true&limit=3&page=2'))).toEqual(paths(second));
    const last = await list('?recursive=true&limit=3&page=3');
    expect(last.body.data.pagination).toMatchObject({ total: 7, pages: 3, next_cursor: null });
    expect(paths(await list('?recursive=true&limit=3&page=9'))).toEqual([]);
    const beyond = await list('?recursive=true&limit=100&page=11');
    expect({ status: beyond.status, field: beyond.body.error.details[0].field }).toEqual({ status: 400, field: 'page' });
  });

  it("refuses another listing's cursor, or a made-up one, with 400", async () => {
    const cursor = (await list('?recursive=true&limit=1')).body.data.pagination.next_cursor;
    for (const query of [
      `?limit=1&cursor=${cursor}`,
      `?recursive=true&limit=1&prefix=docs/&cursor=${cursor}`,
      '?cursor=bm90LWEtY3Vyc29y',
    ]) {
      const res = await list(query);
      expect({ status: res.status, field: res.body.error.details[0].field }).toEqual({ status: 400, field: 'cursor' });
    }
    const other = await anAgent();
    const foreign = await api.get(`${filesOf(other.id)}?recursive=true&limit=1&cursor=${cursor}`, { token: owner.token });
    expect(foreign.status).toBe(400);
  });

  it('refuses a traversing prefix with 400', async () => {
    const res = await list('?prefix=../');
    expect({ status: res.status, field: res.body.error.details[0].field }).toEqual({ status: 400, field: 'query.prefix' });
  });

  it('is empty for an agent without files', async () => {
    expect((await api.get(filesOf((await anAgent()).id), { token: owner.token })).body.data).toMatchObject({
      files: [],
      pagination: { total: 0 },
    });
  });
});

describe('deleting', () => {
  it('removes the file, and answers 404 FILE_NOT_FOUND the second time', async () => {
    const agent = await anAgent();
    await upload(agent.id, 'docs/old.txt', 'old');
    const res = await api.delete(`${filesOf(agent.id)}${at('docs/old.txt')}`, { token: owner.token });
    expect(res.body.data).toEqual({ deleted: true, path: 'docs/old.txt' });
    expect((await api.get(`${filesOf(agent.id)}?recursive=true`, { token: owner.token })).body.data.files).toEqual([]);
    const again = await api.delete(`${filesOf(agent.id)}${at('docs/old.txt')}`, { token: owner.token });
    expect({ status: again.status, code: again.body.error.code }).toEqual({ status: 404, code: 'FILE_NOT_FOUND' });
  });
});

describe('presigned uploads', () => {
  it('round-trip through the S3 stand-in: upload with the presigned PUT, download through the redirect', async () => {
    const agent = await anAgent();
    const content = Buffer.concat([allBytes, allBytes]);
    const res = await api.post(
      `${filesOf(agent.id)}/uploads`,
      { path: 'big/archive.zip', size: content.length, content_type: 'application/zip' },
      { token: owner.token },
    );
    expect(res.status).toBe(200);
    const { upload: target } = res.body.data;
    expect(target).toMatchObject({
      path: 'big/archive.zip',
      size: 2048,
      method: 'PUT',
      headers: { 'Content-Type': 'application/zip', 'Content-Length': '2048' },
    });
    expect(Date.parse(target.expires_at) - Date.now()).toBeGreaterThan(10 * 60 * 1000);
    const put = await fetch(target.url, { method: 'PUT', headers: target.headers, body: content });
    expect(put.status).toBe(200);
    const got = await download(agent.id, 'big/archive.zip');
    expect({ same: got.bytes.equals(content), type: got.contentType }).toEqual({ same: true, type: 'application/zip' });
  });

  it('refuse a size over 5 GiB with 400', async () => {
    const res = await api.post(
      `${filesOf((await anAgent()).id)}/uploads`,
      { path: 'huge.bin', size: 5 * 1024 * MiB + 1 },
      { token: owner.token },
    );
    expect({ status: res.status, field: res.body.error.details[0].field }).toEqual({ status: 400, field: 'size' });
  });

  it('refuse a traversing path with 400 on path', async () => {
    const res = await api.post(`${filesOf((await anAgent()).id)}/uploads`, { path: '../../x', size: 1 }, { token: owner.token });
    expect({ status: res.status, field: res.body.error.details[0].field }).toEqual({ status: 400, field: 'path' });
  });
});

describe('the storage quota', () => {
  it('refuses, with 403 QUOTA_EXCEEDED and the figures, what would exceed the tier, and counts reservations until settled', async () => {
    const freeOwner = await aUser('quota-owner');
    await aWorkspace(freeOwner);
    const agent = await anAgent(freeOwner.token);
    const uploads = `${filesOf(agent.id)}/uploads`;

    const tooBig = await api.post(uploads, { path: 'too-big.bin', size: 100 * MiB + 1 }, { token: freeOwner.token });
    expect({ status: tooBig.status, code: tooBig.body.error.code, details: tooBig.body.error.details }).toEqual({
      status: 403,
      code: 'QUOTA_EXCEEDED',
      details: [{ field: 'size', issue: 'quota_exceeded', used_bytes: 0, limit_bytes: 100 * MiB, requested_bytes: 100 * MiB + 1 }],
    });

    expect((await api.post(uploads, { path: 'reserved.bin', size: 100 * MiB - 5 }, { token: freeOwner.token })).status).toBe(200);
    const over = await upload(agent.id, 'small.txt', '0123456789', { token: freeOwner.token });
    expect({ status: over.status, code: over.body.error.code, details: over.body.error.details }).toEqual({
      status: 403,
      code: 'QUOTA_EXCEEDED',
      details: [{ field: 'size', issue: 'quota_exceeded', used_bytes: 100 * MiB - 5, limit_bytes: 100 * MiB, requested_bytes: 10 }],
    });

    // Presigning the path again settles the unused reservation first: its bytes come back.
    expect((await api.post(uploads, { path: 'reserved.bin', size: 0 }, { token: freeOwner.token })).status).toBe(200);
    expect((await upload(agent.id, 'small.txt', '0123456789', { token: freeOwner.token })).status).toBe(200);
    expect((await upload(agent.id, 'small.txt', '01234', { token: freeOwner.token })).status).toBe(200);
  });

  it('follows the tier: a team workspace stores what a free one may not', async () => {
    const res = await api.post(
      `${filesOf((await anAgent()).id)}/uploads`,
      { path: 'media.mp4', size: 2 * 1024 * MiB },
      { token: owner.token },
    );
    expect(res.status).toBe(200);
  });
});

describe('who may use the files', () => {
  it('a `view` or `use` share reads and downloads but may not upload, presign or delete (403)', async () => {
    const agent = await anAgent();
    await upload(agent.id, 'shared.txt', 'shared');
    for (const access of ['view', 'use'] as const) {
      const colleague = await aMember(owner, ws, 'member');
      await api.post(`/api/agents/${agent.id}/share`, { email: colleague.email, access }, { token: owner.token });
      expect((await api.get(filesOf(agent.id), { token: colleague.token })).status).toBe(200);
      expect((await download(agent.id, 'shared.txt', colleague.token)).bytes.toString()).toBe('shared');
      for (const res of [
        await upload(agent.id, 'mine.txt', 'x', { token: colleague.token }),
        await api.post(`${filesOf(agent.id)}/uploads`, { path: 'mine.txt', size: 1 }, { token: colleague.token }),
        await api.delete(`${filesOf(agent.id)}${at('shared.txt')}`, { token: colleague.token }),
      ]) {
        expect({ access, status: res.status, code: res.body.error.code }).toEqual({ access, status: 403, code: 'FORBIDDEN' });
      }
    }
  });

  it('an agent admin uploads and deletes', async () => {
    const agent = await anAgent();
    const helper = await aMember(owner, ws, 'member');
    await api.post(`/api/agents/${agent.id}/admins`, { email: helper.email }, { token: owner.token });
    expect((await upload(agent.id, 'by-admin.txt', 'x', { token: helper.token })).status).toBe(200);
    expect((await api.delete(`${filesOf(agent.id)}${at('by-admin.txt')}`, { token: helper.token })).status).toBe(200);
  });

  it('a read-only agent still takes uploads from people who manage it', async () => {
    const agent = await anAgent();
    await api.put(`/api/agents/${agent.id}/read-only`, { enabled: true }, { token: owner.token });
    expect((await upload(agent.id, 'input.csv', 'a,b\n', { contentType: 'text/csv' })).status).toBe(200);
  });

  describe('from another workspace', () => {
    let agent: { id: string; slug: string };
    let stranger: TestUser;
    let strangerWs: string;

    beforeAll(async () => {
      agent = await anAgent();
      await upload(agent.id, 'private.txt', 'private');
      stranger = await aUser('stranger');
      strangerWs = await aWorkspace(stranger);
    });

    const probes: [string, () => Promise<{ status: number; body: { error: { code: string } } }>][] = [
      ['GET files', () => api.get(filesOf(agent.id), { token: stranger.token })],
      ['PUT files', () => upload(agent.id, 'private.txt', 'overwritten', { token: stranger.token })],
      ['POST files/uploads', () => api.post(`${filesOf(agent.id)}/uploads`, { path: 'x.bin', size: 1 }, { token: stranger.token })],
      ['GET files/download', () => api.get(`${filesOf(agent.id)}/download${at('private.txt')}`, { token: stranger.token })],
      ['DELETE files', () => api.delete(`${filesOf(agent.id)}${at('private.txt')}`, { token: stranger.token })],
      ['POST access', () => api.post(`/api/agents/${agent.id}/access`, { access: 'write' }, { token: stranger.token })],
    ];

    it.each(probes)('%s answers 404 AGENT_NOT_FOUND, as if the agent did not exist', async (_, probe) => {
      const res = await probe();
      expect({ status: res.status, code: res.body.error.code }).toEqual({ status: 404, code: 'AGENT_NOT_FOUND' });
    });

    it('naming the other workspace answers 404 too, and the file is untouched', async () => {
      const res = await api.get(filesOf(agent.id), { token: stranger.token, headers: { 'X-Workspace-ID': ws } });
      expect(res.status).toBe(404);
      expect(strangerWs).not.toBe(ws);
      expect((await download(agent.id, 'private.txt')).bytes.toString()).toBe('private');
    });
  });
});
