import { getFolderConfig, getPublishedFolders } from '../../../lambdas/data/agent-folders';
import { type FolderWrite, saveFolderConfig } from '../../../lambdas/data/agent-folders-save';
import { newId } from '../../../lambdas/domain/ids';
import type { FolderConfig } from '../../../lambdas/domain/folders/model';
import { planFolderChange } from '../../../lambdas/domain/folders/plan';

/**
 * The folder transaction's conditions against DynamoDB Local: each fact a check relied on is held in
 * the write, so a change planned on a reading that moved meanwhile writes nothing.
 */

const workspace = () => newId('ws');
const anAgent = (ws: string) => ({ id: newId('agent'), workspace_id: ws });
type Agent = ReturnType<typeof anAgent>;

/** Writes `desired` as planned against `current` (by default, what is stored now). */
const write = async (
  agent: Agent,
  desired: FolderConfig,
  overrides: Partial<FolderWrite> = {},
  current?: FolderConfig & { version: number },
) => {
  const stored = current ?? (await getFolderConfig(agent));
  const change = planFolderChange(stored, desired);
  const folders = await getPublishedFolders(change.mountsAdded);
  await saveFolderConfig({
    agent,
    config: desired,
    change,
    readVersion: stored.version,
    clientVersioned: false,
    mountedAccess: new Map([...folders].map(([id, f]) => [id, f.access])),
    vanished: new Set(),
    staleConsumers: new Map(),
    graphVersion: null,
    now: new Date().toISOString(),
    updatedBy: 'user_test',
    ...overrides,
  });
};

const publishing = (...names: string[]): FolderConfig => ({
  publish: names.map((name) => ({ name, path: name, access: 'read' })),
  mount: [],
});
const mounting = (publisher: Agent, name: string): FolderConfig => ({
  publish: [],
  mount: [{ from_agent_id: publisher.id, name, mount_path: name }],
});

describe('saving a folder configuration', () => {
  it('records a mount on the folder it mounts, and releases it on unmount', async () => {
    const ws = workspace();
    const [publisher, consumer] = [anAgent(ws), anAgent(ws)];
    await write(publisher, publishing('f'));
    await write(consumer, mounting(publisher, 'f'));
    const folder = (await getPublishedFolders([{ from_agent_id: publisher.id, name: 'f' }])).get(`${publisher.id}/f`);
    expect(Object.keys(folder?.consumers ?? {})).toEqual([consumer.id]);
    await write(consumer, { publish: [], mount: [] });
    expect((await getPublishedFolders([{ from_agent_id: publisher.id, name: 'f' }])).get(`${publisher.id}/f`)?.consumers).toEqual({});
  });

  it('writes no mount of a folder unpublished after it was checked', async () => {
    const ws = workspace();
    const [publisher, consumer] = [anAgent(ws), anAgent(ws)];
    await write(publisher, publishing('f'));
    const checked = await getPublishedFolders([{ from_agent_id: publisher.id, name: 'f' }]);
    await write(publisher, publishing());
    const desired = mounting(publisher, 'f');
    const change = planFolderChange(await getFolderConfig(consumer), desired);
    await expect(
      write(consumer, desired, { change, mountedAccess: new Map([...checked].map(([id, f]) => [id, f.access])) }),
    ).rejects.toMatchObject({ code: 'CONCURRENT_MODIFICATION' });
    expect((await getFolderConfig(consumer)).version).toBe(0);
  });

  it('writes no mount of a folder whose access changed after it was checked', async () => {
    const ws = workspace();
    const [publisher, consumer] = [anAgent(ws), anAgent(ws)];
    await write(publisher, publishing('f'));
    await write(publisher, { publish: [{ name: 'f', path: 'f', access: 'write' }], mount: [] });
    await expect(
      write(consumer, mounting(publisher, 'f'), { mountedAccess: new Map([[`${publisher.id}/f`, 'read']]) }),
    ).rejects.toMatchObject({ code: 'CONCURRENT_MODIFICATION' });
  });

  it('does not unpublish a folder that gained a consumer after it was checked', async () => {
    const ws = workspace();
    const [publisher, consumer] = [anAgent(ws), anAgent(ws)];
    await write(publisher, publishing('f'));
    const before = await getFolderConfig(publisher);
    await write(consumer, mounting(publisher, 'f'));
    await expect(write(publisher, publishing(), {}, before)).rejects.toMatchObject({ code: 'CONCURRENT_MODIFICATION' });
    expect((await getPublishedFolders([{ from_agent_id: publisher.id, name: 'f' }])).size).toBe(1);
  });

  it('unpublishes a folder whose only consumers are the stale ones it was checked with', async () => {
    const ws = workspace();
    const [publisher, gone] = [anAgent(ws), anAgent(ws)];
    await write(publisher, publishing('f'));
    await write(gone, mounting(publisher, 'f'));
    await write(publisher, publishing(), { staleConsumers: new Map([['f', [gone.id]]]) });
    expect((await getPublishedFolders([{ from_agent_id: publisher.id, name: 'f' }])).size).toBe(0);
  });

  it('refuses a change that can add a write edge once the folder graph moved past the version it checked', async () => {
    const ws = workspace();
    const [publisher, a, b] = [anAgent(ws), anAgent(ws), anAgent(ws)];
    await write(publisher, publishing('f', 'g'));
    await write(a, mounting(publisher, 'f'), { graphVersion: 0 });
    await expect(write(b, mounting(publisher, 'g'), { graphVersion: 0 })).rejects.toMatchObject({ code: 'CONCURRENT_MODIFICATION' });
    await write(b, mounting(publisher, 'g'), { graphVersion: 1 });
    expect((await getFolderConfig(b)).mount).toHaveLength(1);
  });

  it('answers a moved configuration as 412 when the client named a version, and as a race otherwise', async () => {
    const ws = workspace();
    const agent = anAgent(ws);
    await write(agent, publishing('a'));
    const stale = { ...(await getFolderConfig(agent)), version: 0 };
    await expect(write(agent, publishing('b'), { clientVersioned: true }, stale)).rejects.toMatchObject({
      code: 'VERSION_CONFLICT',
    });
    await expect(write(agent, publishing('b'), {}, stale)).rejects.toMatchObject({ code: 'CONCURRENT_MODIFICATION' });
    expect((await getFolderConfig(agent)).publish.map((f) => f.name)).toEqual(['a']);
  });
});
