import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { api, request } from '../../support/api-client';
import { aMember, aUser, aWorkspace, anApiKey, setTier, type TestUser } from '../../support/fixtures';
import { pngOfSize, tinyImages } from '../../support/images';

/** POST /api/agents/{agent}/avatar: png, jpg, gif or webp by magic bytes, at most 2 MiB, stored in S3. */

const s3 = new S3Client({ forcePathStyle: true });
const storedObject = async (key: string) => {
  const object = await s3.send(new GetObjectCommand({ Bucket: process.env.BUCKET_NAME, Key: key }));
  return {
    contentType: object.ContentType,
    bytes: Buffer.from(await (object.Body as { transformToByteArray: () => Promise<Uint8Array> }).transformToByteArray()),
  };
};

let owner: TestUser;
let workspaceId: string;

beforeAll(async () => {
  owner = await aUser('avatar-owner');
  workspaceId = await aWorkspace(owner);
  await setTier(workspaceId, 'team');
});

const anAgent = async () =>
  (await api.post('/api/agents', { name: `Pictured ${Math.random().toString(36).slice(2, 8)}` }, { token: owner.token })).body.data
    .agent as { id: string; slug: string };

describe('uploading an avatar', () => {
  it.each([
    ['png', 'image/png'],
    ['jpg', 'image/jpeg'],
    ['gif', 'image/gif'],
    ['webp', 'image/webp'],
  ] as const)('stores a real %s under the agent, with %s, and points avatar_url at the avatar route', async (extension, contentType) => {
    const agent = await anAgent();
    const res = await api.post(
      `/api/agents/${agent.slug}/avatar`,
      { avatar_base64: tinyImages[extension], avatar_filename: `me.${extension}` },
      { token: owner.token },
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe('"2"');
    const avatar = res.body.data.avatar;
    expect(avatar).toMatchObject({
      agent_id: agent.id,
      version: 2,
      content_type: contentType,
      size_bytes: Buffer.from(tinyImages[extension], 'base64').length,
    });
    expect(avatar.avatar_url).toBe(`/api/agents/${agent.id}/avatar`);
    const key = `ws/${workspaceId}/agents/${agent.id}/avatar/${avatar.sha256}.${extension}`;
    expect(await storedObject(key)).toEqual({ contentType, bytes: Buffer.from(tinyImages[extension], 'base64') });
    expect((await api.get(`/api/agents/${agent.id}`, { token: owner.token })).body.data.agent.avatar_url).toBe(avatar.avatar_url);
  });

  it('goes by the bytes, not the file name: a PNG named .jpg is stored as a PNG, and a data URL is accepted', async () => {
    const res = await api.post(
      `/api/agents/${(await anAgent()).id}/avatar`,
      { avatar_base64: `data:image/jpeg;base64,${tinyImages.png}`, avatar_filename: 'photo.jpg' },
      { token: owner.token },
    );
    expect(res.body.data.avatar).toMatchObject({ content_type: 'image/png' });
    expect(
      await storedObject(`ws/${workspaceId}/agents/${res.body.data.avatar.agent_id}/avatar/${res.body.data.avatar.sha256}.png`),
    ).toMatchObject({ contentType: 'image/png' });
  });

  it('adds a line to the agent log', async () => {
    const agent = await anAgent();
    await api.post(`/api/agents/${agent.id}/avatar`, { avatar_base64: tinyImages.gif }, { token: owner.token });
    const lines = (await api.get(`/api/agents/${agent.id}/logs?tail=1`, { token: owner.token })).body.data.logs;
    expect(lines).toEqual([expect.objectContaining({ event: 'agent.updated', message: 'changed avatar_url' })]);
  });

  it.each([
    ['a text file', Buffer.from('just some notes\n').toString('base64')],
    ['an SVG', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>').toString('base64')],
    ['something that is not base64', 'this is *not* base64'],
    ['an empty string', ''],
  ])('refuses %s with 400 INVALID_INPUT on avatar_base64, leaving the agent as it was', async (_, avatarBase64) => {
    const agent = await anAgent();
    const res = await api.post(
      `/api/agents/${agent.id}/avatar`,
      { avatar_base64: avatarBase64, avatar_filename: 'notes.png' },
      { token: owner.token },
    );
    expect({ status: res.status, code: res.body.error.code, field: res.body.error.details[0].field }).toEqual({
      status: 400,
      code: 'INVALID_INPUT',
      field: 'avatar_base64',
    });
    expect((await api.get(`/api/agents/${agent.id}`, { token: owner.token })).body.data.agent).toMatchObject({
      avatar_url: null,
      version: 1,
    });
  });

  it('refuses an image one byte over 2 MiB with 413 PAYLOAD_TOO_LARGE', async () => {
    const res = await api.post(
      `/api/agents/${(await anAgent()).id}/avatar`,
      { avatar_base64: pngOfSize(2 * 1024 * 1024 + 1).toString('base64') },
      { token: owner.token },
    );
    expect({ status: res.status, code: res.body.error.code }).toEqual({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
  });

  it('takes an image of exactly 2 MiB', async () => {
    const res = await api.post(
      `/api/agents/${(await anAgent()).id}/avatar`,
      { avatar_base64: pngOfSize(2 * 1024 * 1024).toString('base64') },
      { token: owner.token },
    );
    expect(res.body.data.avatar).toMatchObject({ size_bytes: 2 * 1024 * 1024, content_type: 'image/png' });
  });

  it('refuses a body far over the limit with 413 before reading it', async () => {
    const res = await api.post(
      `/api/agents/${(await anAgent()).id}/avatar`,
      { avatar_base64: 'A'.repeat(4 * 1024 * 1024) },
      { token: owner.token },
    );
    expect({ status: res.status, code: res.body.error.code }).toEqual({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
  });

  it('answers a 2.7 MB body of spaces then a stray character with 400 and stores nothing (the quadratic-backtracking attack)', async () => {
    const agent = await anAgent();
    const res = await api.post(`/api/agents/${agent.id}/avatar`, { avatar_base64: `${' '.repeat(2_700_000)}!` }, { token: owner.token });
    expect({ status: res.status, code: res.body.error.code }).toEqual({ status: 400, code: 'INVALID_INPUT' });
    const after = (await api.get(`/api/agents/${agent.id}`, { token: owner.token })).body.data.agent;
    expect({ version: after.version, avatar_url: after.avatar_url }).toEqual({ version: 1, avatar_url: null });
  });

  it('refuses an API key without the write scope with 403', async () => {
    const { secret } = await anApiKey(owner, workspaceId, ['read']);
    const res = await api.post(`/api/agents/${(await anAgent()).id}/avatar`, { avatar_base64: tinyImages.png }, { apiKey: secret });
    expect({ status: res.status, code: res.body.error.code }).toEqual({ status: 403, code: 'FORBIDDEN' });
  });

  it('refuses a colleague the agent is shared with for `use` with 403, leaving the agent as it was', async () => {
    const agent = await anAgent();
    const colleague = await aMember(owner, workspaceId, 'member');
    await api.post(`/api/agents/${agent.id}/share`, { email: colleague.email, access: 'use' }, { token: owner.token });
    const res = await api.post(`/api/agents/${agent.id}/avatar`, { avatar_base64: tinyImages.png }, { token: colleague.token });
    expect({ status: res.status, code: res.body.error.code }).toEqual({ status: 403, code: 'FORBIDDEN' });
    expect((await api.get(`/api/agents/${agent.id}`, { token: owner.token })).body.data.agent).toMatchObject({
      avatar_url: null,
      version: 1,
    });
  });

  it('answers 404 AGENT_NOT_FOUND across workspaces, by id and by slug, leaving the agent as it was', async () => {
    const agent = await anAgent();
    const stranger = await aUser('stranger');
    const strangerWs = await aWorkspace(stranger);
    const apiKey = (await anApiKey(stranger, strangerWs, ['read', 'write', 'execute', 'admin'])).secret;
    for (const ref of [agent.id, agent.slug]) {
      for (const credentials of [{ token: stranger.token }, { apiKey }]) {
        const res = await request('POST', `/api/agents/${ref}/avatar`, { ...credentials, json: { avatar_base64: tinyImages.png } });
        expect({ ref, status: res.status, code: res.body.error?.code }).toEqual({ ref, status: 404, code: 'AGENT_NOT_FOUND' });
      }
    }
    expect((await api.get(`/api/agents/${agent.id}`, { token: owner.token })).body.data.agent).toMatchObject({
      avatar_url: null,
      version: 1,
    });
  });
});

describe('fetching an avatar', () => {
  const fetchBytes = async (url: string) => {
    const res = await fetch(url);
    return { status: res.status, contentType: res.headers.get('content-type'), bytes: Buffer.from(await res.arrayBuffer()) };
  };

  it("answers 302 to a short-lived link that serves the image, by the agent's avatar_url, id or slug", async () => {
    const agent = await anAgent();
    await api.post(`/api/agents/${agent.id}/avatar`, { avatar_base64: tinyImages.webp }, { token: owner.token });
    const avatarUrl = (await api.get(`/api/agents/${agent.slug}`, { token: owner.token })).body.data.agent.avatar_url as string;
    for (const path of [avatarUrl, `/api/agents/${agent.slug}/avatar`]) {
      const res = await api.get(path, { token: owner.token });
      expect(res.status).toBe(302);
      expect(res.headers.get('cache-control')).toBe('no-store');
      const location = res.headers.get('location') as string;
      expect(res.body.data.avatar).toMatchObject({ agent_id: agent.id, url: location });
      expect(Date.parse(res.body.data.avatar.expires_at)).toBeGreaterThan(Date.now());
      expect(await fetchBytes(location)).toEqual({ status: 200, contentType: 'image/webp', bytes: Buffer.from(tinyImages.webp, 'base64') });
    }
  });

  it('follows a new upload: the link serves the latest image', async () => {
    const agent = await anAgent();
    await api.post(`/api/agents/${agent.id}/avatar`, { avatar_base64: tinyImages.png }, { token: owner.token });
    await api.post(`/api/agents/${agent.id}/avatar`, { avatar_base64: tinyImages.gif }, { token: owner.token });
    const res = await api.get(`/api/agents/${agent.id}/avatar`, { token: owner.token });
    expect(await fetchBytes(res.headers.get('location') as string)).toMatchObject({
      contentType: 'image/gif',
      bytes: Buffer.from(tinyImages.gif, 'base64'),
    });
  });

  it('answers 404 AVATAR_NOT_FOUND for an agent without one, whose avatar_url is null', async () => {
    const agent = await anAgent();
    const res = await api.get(`/api/agents/${agent.id}/avatar`, { token: owner.token });
    expect({ status: res.status, code: res.body.error.code }).toEqual({ status: 404, code: 'AVATAR_NOT_FOUND' });
    expect((await api.get(`/api/agents/${agent.id}`, { token: owner.token })).body.data.agent.avatar_url).toBeNull();
  });

  it('lets a colleague the agent is shared with for `view` fetch it, and a member without access gets 404', async () => {
    const agent = await anAgent();
    await api.post(`/api/agents/${agent.id}/avatar`, { avatar_base64: tinyImages.png }, { token: owner.token });
    const viewer = await aMember(owner, workspaceId, 'member');
    const outsider = await aMember(owner, workspaceId, 'member');
    await api.post(`/api/agents/${agent.id}/share`, { email: viewer.email, access: 'view' }, { token: owner.token });
    expect((await api.get(`/api/agents/${agent.id}/avatar`, { token: viewer.token })).status).toBe(302);
    const hidden = await api.get(`/api/agents/${agent.id}/avatar`, { token: outsider.token });
    expect({ status: hidden.status, code: hidden.body.error.code }).toEqual({ status: 404, code: 'AGENT_NOT_FOUND' });
  });

  it('answers 404 AGENT_NOT_FOUND across workspaces, by id and by slug', async () => {
    const agent = await anAgent();
    await api.post(`/api/agents/${agent.id}/avatar`, { avatar_base64: tinyImages.png }, { token: owner.token });
    const stranger = await aUser('stranger');
    const strangerWs = await aWorkspace(stranger);
    const apiKey = (await anApiKey(stranger, strangerWs, ['read'])).secret;
    for (const ref of [agent.id, agent.slug]) {
      for (const credentials of [{ token: stranger.token }, { apiKey }]) {
        const res = await request('GET', `/api/agents/${ref}/avatar`, credentials);
        expect({ ref, status: res.status, code: res.body.error?.code }).toEqual({ ref, status: 404, code: 'AGENT_NOT_FOUND' });
      }
    }
  });
});
