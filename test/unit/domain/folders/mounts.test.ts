import {
  isMountsPath,
  mountEntriesUnder,
  mountedFolders,
  type MountState,
  resolveMountedPath,
} from '../../../../lambdas/domain/folders/mounts';

/** Paths under `mounts/<publisher-slug>/<folder>/` of a consumer's files, resolved to the publisher's files. */

const consumer = { id: 'agent_consumer', workspace_id: 'ws_a' };
const publisher = { id: 'agent_pub', slug: 'publisher', workspace_id: 'ws_a', status: 'active' as const };

const state = (overrides: Partial<MountState> = {}): MountState => ({
  consumer,
  mounts: [{ from_agent_id: 'agent_pub', name: 'reports' }],
  publishers: [publisher],
  folders: [{ agent_id: 'agent_pub', workspace_id: 'ws_a', name: 'reports', path: 'out/reports', access: 'read' }],
  ...overrides,
});

describe('resolving a mounted path', () => {
  it('maps a file of a mounted folder to the publisher’s file, read-only for a read folder', () => {
    expect(resolveMountedPath('mounts/publisher/reports/2026/q1.md', state())).toEqual({
      publisherId: 'agent_pub',
      root: 'out/reports/',
      path: 'out/reports/2026/q1.md',
      mountedAt: 'mounts/publisher/reports/',
      mode: 'read-only',
    });
  });

  it('is read-write for a folder published for writing', () => {
    const folders = [{ agent_id: 'agent_pub', workspace_id: 'ws_a', name: 'reports', path: 'out/reports', access: 'write' as const }];
    expect(resolveMountedPath('mounts/publisher/reports/a.txt', state({ folders }))?.mode).toBe('read-write');
  });

  it('maps the folder itself to its root in the publisher’s files', () => {
    expect(resolveMountedPath('mounts/publisher/reports/', state())?.path).toBe('out/reports/');
    expect(resolveMountedPath('mounts/publisher/reports', state())?.path).toBe('out/reports/');
  });

  it.each([
    ['a path outside mounts/', 'reports/a.txt', state()],
    ['a path naming no folder', 'mounts/publisher', state()],
    ['a folder the consumer does not mount (or unmounted)', 'mounts/publisher/reports/a.txt', state({ mounts: [] })],
    ['another folder of the same publisher', 'mounts/publisher/drafts/a.txt', state()],
    ['a folder no longer published', 'mounts/publisher/reports/a.txt', state({ folders: [] })],
    ['a deleted publisher', 'mounts/publisher/reports/a.txt', state({ publishers: [{ ...publisher, status: 'deleted' }] })],
    ['a publisher of another workspace', 'mounts/publisher/reports/a.txt', state({ publishers: [{ ...publisher, workspace_id: 'ws_b' }] })],
    [
      'a folder item of another workspace',
      'mounts/publisher/reports/a.txt',
      state({ folders: [{ agent_id: 'agent_pub', workspace_id: 'ws_b', name: 'reports', path: 'r', access: 'read' }] }),
    ],
    ['another slug than the publisher’s', 'mounts/someone-else/reports/a.txt', state()],
  ])('finds nothing for %s', (_, path, s) => {
    expect(resolveMountedPath(path, s)).toBeNull();
  });

  it('reserves mounts/ and nothing else', () => {
    expect(isMountsPath('mounts')).toBe(true);
    expect(isMountsPath('mounts/x')).toBe(true);
    expect(isMountsPath('mountsx/a')).toBe(false);
    expect(isMountsPath('docs/mounts/a')).toBe(false);
  });
});

describe('the mounted folders a listing shows', () => {
  it('are the folders mounted now, by where they appear', () => {
    const other = { id: 'agent_other', slug: 'other', workspace_id: 'ws_a', status: 'active' as const };
    const s = state({
      mounts: [
        { from_agent_id: 'agent_pub', name: 'reports' },
        { from_agent_id: 'agent_other', name: 'inbox' },
        { from_agent_id: 'agent_pub', name: 'gone' },
      ],
      publishers: [publisher, other],
      folders: [
        { agent_id: 'agent_pub', workspace_id: 'ws_a', name: 'reports', path: 'out/reports', access: 'read' },
        { agent_id: 'agent_other', workspace_id: 'ws_a', name: 'inbox', path: 'in', access: 'write' },
      ],
    });
    expect(mountedFolders(s)).toEqual(['mounts/other/inbox/', 'mounts/publisher/reports/']);
  });

  it.each([
    ['', ['mounts/']],
    ['mo', ['mounts/']],
    ['mounts/', ['mounts/a/', 'mounts/b/']],
    ['mounts/a/', ['mounts/a/x/', 'mounts/a/y/']],
    ['mounts/a/x/', []],
    ['docs/', []],
  ])('one level below %j', (prefix, expected) => {
    expect(mountEntriesUnder(prefix, ['mounts/a/x/', 'mounts/a/y/', 'mounts/b/z/'])).toEqual(expected);
  });
});
