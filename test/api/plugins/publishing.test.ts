import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { api } from '../../support/api-client';
import { fixtureZip, minimalZip, tarGz, fixtureFiles, withManifest, zip } from '../../support/bundles';
import { aMember, aUser, aWorkspace, setTier, type TestUser } from '../../support/fixtures';
import { aMinimalPlugin, publishPlugin, publishVersion, putToUploadUrl, uniquePluginName } from '../../support/plugins';

/** Publishing plugins: presigned bundle uploads to S3, registration of validated versions, the marketplace. */

const s3 = new S3Client({ forcePathStyle: true });

let publisher: TestUser;
let publisherWs: string;

beforeAll(async () => {
  publisher = await aUser('publisher');
  publisherWs = await aWorkspace(publisher);
  await setTier(publisherWs, 'team');
});

describe('creating a plugin', () => {
  it('answers 201 with the plugin and a presigned PUT URL that signs the announced size and expires', async () => {
    const name = uniquePluginName('fresh');
    const res = await api.post('/api/plugins', { name, description: 'Fresh', size: 1234 }, { token: publisher.token });
    expect(res.status).toBe(201);
    expect(res.body.data.plugin).toMatchObject({
      id: expect.stringMatching(/^plg_/),
      name,
      latest_version: null,
      latest: null,
      is_publisher: true,
    });
    const { upload } = res.body.data;
    expect(upload).toMatchObject({
      method: 'PUT',
      headers: { 'Content-Length': '1234' },
      max_bytes: 10 * 1024 * 1024,
      upload_id: expect.stringMatching(/^[0-9A-Z]{26}$/),
    });
    const url = new URL(upload.url);
    expect(url.pathname).toContain(`/plugins/${res.body.data.plugin.id}/uploads/${upload.upload_id}`);
    expect(url.searchParams.get('X-Amz-SignedHeaders')).toContain('content-length');
    expect(Number(url.searchParams.get('X-Amz-Expires'))).toBe(900);
    expect(Date.parse(upload.expires_at)).toBeGreaterThan(Date.now());
  });

  it('refuses a name another plugin has with 409 NAME_TAKEN, whichever workspace asks', async () => {
    const name = uniquePluginName('taken');
    await api.post('/api/plugins', { name, description: 'First', size: 10 }, { token: publisher.token });
    const other = await aUser();
    await aWorkspace(other);
    const res = await api.post('/api/plugins', { name, description: 'Second', size: 10 }, { token: other.token });
    expect({ status: res.status, code: res.body.error.code }).toEqual({ status: 409, code: 'NAME_TAKEN' });
  });

  it.each([
    ['a bundle over 10 MiB', { size: 10 * 1024 * 1024 + 1 }, 'size'],
    ['an upper-case name', { name: 'WebTools' }, 'name'],
    ['no size', { size: undefined }, 'size'],
  ])('refuses %s with 400 INVALID_INPUT', async (_, changes, field) => {
    const res = await api.post(
      '/api/plugins',
      { name: uniquePluginName(), description: 'D', size: 10, ...changes },
      { token: publisher.token },
    );
    expect({ status: res.status, code: res.body.error.code }).toEqual({ status: 400, code: 'INVALID_INPUT' });
    expect(res.body.error.details.map((d: { field: string }) => d.field)).toContain(field);
  });

  it('is for owners and admins: a member gets 403', async () => {
    const member = await aMember(publisher, publisherWs, 'member');
    const res = await api.post(
      '/api/plugins',
      { name: uniquePluginName(), description: 'D', size: 10 },
      { token: member.token, headers: { 'X-Workspace-ID': publisherWs } },
    );
    expect(res.status).toBe(403);
  });
});

describe('uploading and registering a bundle', () => {
  it('registers an uploaded bundle as the first version, with its manifest and bundle facts', async () => {
    const name = uniquePluginName('web-research');
    const bundle = fixtureZip('web-research', { name });
    const { plugin, registered } = await publishPlugin(publisher, name, bundle);
    expect(registered.status).toBe(201);
    const { version } = registered.body.data;
    expect(version).toMatchObject({
      plugin_id: plugin.id,
      version: '1.0.0',
      bundle: { format: 'zip', bytes: bundle.length, entries: 5, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
      manifest: {
        name,
        skills: [expect.objectContaining({ name: 'summarize' }), expect.objectContaining({ name: 'cite-sources' })],
        requires_credentials: ['SEARCH_API_KEY'],
      },
    });
    expect(registered.body.data.plugin).toMatchObject({
      latest_version: '1.0.0',
      latest: {
        version: '1.0.0',
        tools: [
          { name: 'web_search', risk: 'read' },
          { name: 'save_note', risk: 'create' },
        ],
      },
    });
    const list = await api.get(`/api/plugins/${plugin.id}`, { token: publisher.token });
    expect(list.body.data.plugin.versions).toEqual([expect.objectContaining({ version: '1.0.0', format: 'zip', bytes: bundle.length })]);
  });

  it('stores the upload in the files bucket under plugins/<plugin>/uploads/, byte for byte', async () => {
    const name = uniquePluginName('round-trip');
    const bundle = minimalZip({ name });
    const created = await api.post('/api/plugins', { name, description: 'D', size: bundle.length }, { token: publisher.token });
    const { plugin, upload } = created.body.data;
    expect(await putToUploadUrl(upload, bundle)).toBe(200);
    const object = await s3.send(
      new GetObjectCommand({ Bucket: process.env.BUCKET_NAME, Key: `plugins/${plugin.id}/uploads/${upload.upload_id}` }),
    );
    expect(Buffer.from(await (object.Body as { transformToByteArray: () => Promise<Uint8Array> }).transformToByteArray())).toEqual(bundle);
  });

  it('accepts a .tar.gz bundle', async () => {
    const name = uniquePluginName('tarball');
    const { registered } = await publishPlugin(publisher, name, await tarGz(withManifest(fixtureFiles('web-research'), { name })));
    expect(registered.body.data.version.bundle.format).toBe('tar.gz');
  });

  it('answers 404 UPLOAD_NOT_FOUND when nothing was uploaded', async () => {
    const name = uniquePluginName('nothing');
    const created = await api.post('/api/plugins', { name, description: 'D', size: 100 }, { token: publisher.token });
    const res = await api.post(
      `/api/plugins/${created.body.data.plugin.id}/versions`,
      { upload_id: created.body.data.upload.upload_id },
      { token: publisher.token },
    );
    expect({ status: res.status, code: res.body.error.code }).toEqual({ status: 404, code: 'UPLOAD_NOT_FOUND' });
  });

  it.each([
    ['without plugin.json', () => zip(fixtureFiles('web-research').filter((f) => f.name !== 'plugin.json')), 'plugin.json'],
    ['with a version that is not semver', (name: string) => fixtureZip('web-research', { name, version: '1.0' }), 'plugin.json:version'],
    [
      'with a tool whose input schema is not a JSON Schema',
      (name: string) =>
        minimalZip({
          name,
          tools: [
            {
              name: 't',
              description: 'T',
              input_schema: { type: 'object', properties: { a: { type: 'number', minimum: 'zero' } } },
              risk: 'read',
            },
          ],
        }),
      'plugin.json:tools[0].input_schema',
    ],
    [
      'with a path climbing out of the bundle',
      (name: string) => zip([...withManifest(fixtureFiles('web-research'), { name }), { name: '../../etc/evil.md', content: 'x' }]),
      'bundle',
    ],
    [
      'that inflates past 50 MiB (a zip bomb)',
      (name: string) =>
        zip([...withManifest(fixtureFiles('web-research'), { name }), { name: 'zeros.bin', content: Buffer.alloc(50 * 1024 * 1024 + 1) }]),
      'bundle',
    ],
    ['that is neither zip nor .tar.gz', () => Buffer.from('this is a text file, not an archive'), 'bundle'],
    [
      "naming a Lambda function not registered to the plugin (another plugin's, or any in the account)",
      (name: string) =>
        minimalZip({
          name,
          tools: [
            {
              name: 't',
              description: 'T',
              input_schema: { type: 'object' },
              risk: 'read',
              endpoint: 'arn:aws:lambda:eu-west-1:123456789012:function:agent-platform-tool-billing',
            },
          ],
        }),
      'plugin.json:tools[0].endpoint',
    ],
  ])('refuses a bundle %s with 422 INVALID_BUNDLE listing the problem', async (_, build, field) => {
    const name = uniquePluginName('invalid');
    const { plugin, registered } = await publishPlugin(publisher, name, build(name));
    expect({ status: registered.status, code: registered.body.error.code }).toEqual({ status: 422, code: 'INVALID_BUNDLE' });
    expect(registered.body.error.details.map((d: { field: string }) => d.field)).toEqual([field]);
    expect((await api.get(`/api/plugins/${plugin.id}`, { token: publisher.token })).body.data.plugin).toMatchObject({
      latest_version: null,
      versions: [],
    });
  });
});

describe('versions', () => {
  it('go up: 1.1.0 after 1.0.0 becomes the latest; the same version again is 409 VERSION_EXISTS; a lower one 422', async () => {
    const name = uniquePluginName('versions');
    const { plugin } = await publishPlugin(publisher, name, minimalZip({ name }));
    const next = await publishVersion(publisher, plugin.id, minimalZip({ name, version: '1.1.0', description: 'Better' }));
    expect(next.body.data.plugin).toMatchObject({ latest_version: '1.1.0', latest: { description: 'Better' } });
    const again = await publishVersion(publisher, plugin.id, minimalZip({ name, version: '1.1.0' }));
    expect({ status: again.status, code: again.body.error.code }).toEqual({ status: 409, code: 'VERSION_EXISTS' });
    const lower = await publishVersion(publisher, plugin.id, minimalZip({ name, version: '0.9.0' }));
    expect({ status: lower.status, code: lower.body.error.code, field: lower.body.error.details[0].field }).toEqual({
      status: 422,
      code: 'INVALID_BUNDLE',
      field: 'plugin.json:version',
    });
    const read = await api.get(`/api/plugins/${name}`, { token: publisher.token });
    expect(read.body.data.plugin.versions.map((v: { version: string }) => v.version)).toEqual(['1.1.0', '1.0.0']);
  });

  it('are added only by the publishing workspace: another workspace gets 403 FORBIDDEN', async () => {
    const plugin = await aMinimalPlugin(publisher);
    const other = await aUser();
    await aWorkspace(other);
    const upload = await api.post(`/api/plugins/${plugin.id}/uploads`, { size: 100 }, { token: other.token });
    expect({ status: upload.status, code: upload.body.error.code }).toEqual({ status: 403, code: 'FORBIDDEN' });
    const register = await api.post(
      `/api/plugins/${plugin.id}/versions`,
      { upload_id: '01ARZ3NDEKTSV4RRFFQ69G5FAV' },
      { token: other.token },
    );
    expect({ status: register.status, code: register.body.error.code }).toEqual({ status: 403, code: 'FORBIDDEN' });
  });
});

describe('the marketplace', () => {
  it('lists published plugins with their latest version, to every workspace, searchable by name prefix', async () => {
    const base = uniquePluginName('market');
    const first = await aMinimalPlugin(publisher, {}, `${base}-alpha`);
    await aMinimalPlugin(publisher, {}, `${base}-beta`);
    const reader = await aUser();
    await aWorkspace(reader);
    const res = await api.get(`/api/plugins?q=${base}`, { token: reader.token });
    expect(res.body.data.plugins.map((p: { name: string }) => p.name)).toEqual([`${base}-alpha`, `${base}-beta`]);
    expect(res.body.data.plugins[0]).toMatchObject({ id: first.id, latest_version: '1.0.0', is_publisher: false });
    expect(res.body.data.pagination).toMatchObject({ total: 2 });
    const page = await api.get(`/api/plugins?q=${base}&limit=1`, { token: reader.token });
    const second = await api.get(`/api/plugins?q=${base}&limit=1&cursor=${page.body.data.pagination.next_cursor}`, { token: reader.token });
    expect(second.body.data.plugins.map((p: { name: string }) => p.name)).toEqual([`${base}-beta`]);
  });

  it('leaves out plugins with no version yet; other workspaces cannot see them (404), their publisher can', async () => {
    const name = uniquePluginName('unpublished');
    const created = await api.post('/api/plugins', { name, description: 'Soon', size: 100 }, { token: publisher.token });
    const id = created.body.data.plugin.id;
    expect((await api.get(`/api/plugins?q=${name}`, { token: publisher.token })).body.data.plugins).toEqual([]);
    expect((await api.get(`/api/plugins/${id}`, { token: publisher.token })).status).toBe(200);
    const other = await aUser();
    await aWorkspace(other);
    const res = await api.get(`/api/plugins/${id}`, { token: other.token });
    expect({ status: res.status, code: res.body.error.code }).toEqual({ status: 404, code: 'PLUGIN_NOT_FOUND' });
  });

  it('finds a plugin by name as well as by id', async () => {
    const plugin = await aMinimalPlugin(publisher);
    expect((await api.get(`/api/plugins/${plugin.name}`, { token: publisher.token })).body.data.plugin.id).toBe(plugin.id);
  });
});
