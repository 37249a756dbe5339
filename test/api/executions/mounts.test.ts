import { api, request } from '../../support/api-client';
import { aUser, aWorkspace, setTier, type TestUser } from '../../support/fixtures';
import { anAgent, execute } from './helpers';

/** An execution's `files.*` tools see a mounted folder where the files API does: under `mounts/<publisher-slug>/<folder>/`. */

let owner: TestUser;

beforeAll(async () => {
  owner = await aUser('mount-runs-owner');
  await setTier(await aWorkspace(owner), 'team');
});

/** A publisher with `out/reports/q1.md` published as `reports`, and a consumer mounting it. */
const aMountedFolder = async (access: 'read' | 'write' = 'read', consumerSettings: Record<string, unknown> = {}) => {
  const publisher = await anAgent(owner);
  const consumer = await anAgent(owner, consumerSettings);
  const put = await request('PUT', `/api/agents/${publisher.id}/files?path=out/reports/q1.md`, {
    token: owner.token,
    rawBody: 'first quarter',
    headers: { 'Content-Type': 'text/plain' },
  });
  expect(put.status).toBe(200);
  expect(
    (
      await api.put(
        `/api/agents/${publisher.id}/folders`,
        { publish: [{ name: 'reports', path: 'out/reports', access }], mount: [] },
        { token: owner.token },
      )
    ).status,
  ).toBe(200);
  const mount = { from_agent: publisher.slug, name: 'reports', mount_path: 'shared/reports' };
  expect((await api.put(`/api/agents/${consumer.id}/folders`, { publish: [], mount: [mount] }, { token: owner.token })).status).toBe(200);
  return { publisher, consumer };
};

describe('a mounted folder in an execution', () => {
  it('is read by files.read and listed by files.list through the mount path', async () => {
    const { publisher, consumer } = await aMountedFolder();
    const path = `mounts/${publisher.slug}/reports/q1.md`;
    const task = `Read it [[tool:files.read {"path":"${path}"}]] [[tool:files.list {"prefix":"mounts/${publisher.slug}/reports/"}]]`;
    const res = await execute(consumer, { task }, { token: owner.token });
    expect(res.status).toBe(200);
    const tools = res.body.data.steps.filter((s: { type: string }) => s.type === 'tool') as { tool: string; output: string }[];
    expect(tools.map((s) => s.tool)).toEqual(['files.read', 'files.list']);
    expect(tools[0]?.output).toBe('first quarter');
    expect(JSON.parse(tools[1]?.output ?? '{}')).toMatchObject({ files: [{ path, type: 'file', size: 13 }], total: 1, more: false });
  });

  it('fails files.read once the folder is unmounted, as for a missing file', async () => {
    const { publisher, consumer } = await aMountedFolder();
    expect((await api.put(`/api/agents/${consumer.id}/folders`, { publish: [], mount: [] }, { token: owner.token })).status).toBe(200);
    const res = await execute(
      consumer,
      { task: `Read it [[tool:files.read {"path":"mounts/${publisher.slug}/reports/q1.md"}]]` },
      { token: owner.token },
    );
    expect(res.status).toBe(502);
    expect(res.body.error.message).toContain(`no file at mounts/${publisher.slug}/reports/q1.md`);
  });

  it('lets files.write change the publisher’s file through a read-write mount', async () => {
    const { publisher, consumer } = await aMountedFolder('write', { maturity_level: 'autonomous', autonomy_enabled: true });
    const task = `Save it [[tool:files.write {"path":"mounts/${publisher.slug}/reports/q2.md","content":"second"}]]`;
    const res = await execute(consumer, { task }, { token: owner.token });
    expect(res.status).toBe(200);
    const read = await api.get(`/api/agents/${publisher.id}/files/download?path=out/reports/q2.md`, { token: owner.token });
    expect(await (await fetch(read.headers.get('location') as string)).text()).toBe('second');
  });
});
