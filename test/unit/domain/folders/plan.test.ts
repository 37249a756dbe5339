import type { FolderConfig } from '../../../../lambdas/domain/folders/model';
import { assertDistinct, planFolderChange } from '../../../../lambdas/domain/folders/plan';
import { InvalidInput } from '../../../../lambdas/domain/errors';

const config = (c: Partial<FolderConfig>): FolderConfig => ({ publish: [], mount: [], ...c });
const detailsOf = (fn: () => void) => {
  try {
    fn();
  } catch (error) {
    if (error instanceof InvalidInput) return error.details;
    throw error;
  }
  return null;
};

describe('a folder configuration', () => {
  it('may not repeat a folder name, mount a folder twice or nest mount paths', () => {
    const details = detailsOf(() =>
      assertDistinct(
        config({
          publish: [
            { name: 'out', path: 'a', access: 'read' },
            { name: 'out', path: 'b', access: 'write' },
          ],
          mount: [
            { from_agent_id: 'agent_b', name: 'f', mount_path: 'in/b' },
            { from_agent_id: 'agent_b', name: 'f', mount_path: 'other' },
            { from_agent_id: 'agent_c', name: 'f', mount_path: 'in/b/deeper' },
          ],
        }),
      ),
    );
    expect(details).toEqual([
      { field: 'publish.1.name', issue: 'repeats publish.0.name; folder names are unique per agent' },
      { field: 'mount.1', issue: 'mounts the same folder as mount.0' },
      { field: 'mount.2.mount_path', issue: 'overlaps mount.0.mount_path' },
    ]);
  });

  it('may publish two names for one path and mount one agent’s two folders', () => {
    expect(
      detailsOf(() =>
        assertDistinct(
          config({
            publish: [
              { name: 'ro', path: 'a', access: 'read' },
              { name: 'rw', path: 'a', access: 'write' },
            ],
            mount: [
              { from_agent_id: 'agent_b', name: 'f', mount_path: 'x' },
              { from_agent_id: 'agent_b', name: 'g', mount_path: 'y' },
            ],
          }),
        ),
      ),
    ).toBeNull();
  });
});

describe('planning a change', () => {
  const current = config({
    publish: [
      { name: 'keep', path: 'k', access: 'read' },
      { name: 'drop', path: 'd', access: 'write' },
      { name: 'move', path: 'm', access: 'read' },
    ],
    mount: [
      { from_agent_id: 'agent_b', name: 'f', mount_path: 'in' },
      { from_agent_id: 'agent_c', name: 'g', mount_path: 'old' },
    ],
  });

  it('sorts folders and mounts into added, changed and removed', () => {
    const change = planFolderChange(
      current,
      config({
        publish: [
          { name: 'keep', path: 'k', access: 'read' },
          { name: 'move', path: 'moved', access: 'read' },
          { name: 'new', path: 'n', access: 'read' },
        ],
        mount: [
          { from_agent_id: 'agent_c', name: 'g', mount_path: 'renamed' },
          { from_agent_id: 'agent_d', name: 'h', mount_path: 'd' },
        ],
      }),
    );
    expect(change).toEqual({
      publishAdded: [{ name: 'new', path: 'n', access: 'read' }],
      publishChanged: [{ before: { name: 'move', path: 'm', access: 'read' }, after: { name: 'move', path: 'moved', access: 'read' } }],
      publishRemoved: [{ name: 'drop', path: 'd', access: 'write' }],
      mountsAdded: [{ from_agent_id: 'agent_d', name: 'h', mount_path: 'd' }],
      mountsRemoved: [{ from_agent_id: 'agent_b', name: 'f', mount_path: 'in' }],
      addsEdges: true,
    });
  });

  it.each<[string, FolderConfig, boolean]>([
    ['a new mount', { ...current, mount: [...current.mount, { from_agent_id: 'agent_e', name: 'x', mount_path: 'e' }] }, true],
    [
      'a kept folder turned from read to write',
      { ...current, publish: current.publish.map((f) => (f.name === 'keep' ? { ...f, access: 'write' as const } : f)) },
      true,
    ],
    [
      'a new write folder (nobody mounts it yet)',
      { ...current, publish: [...current.publish, { name: 'fresh', path: 'f', access: 'write' as const }] },
      false,
    ],
    [
      'a kept folder turned from write to read',
      { ...current, publish: current.publish.map((f) => (f.name === 'drop' ? { ...f, access: 'read' as const } : f)) },
      false,
    ],
    ['removing mounts and folders', config({}), false],
    ['moving a mount', { ...current, mount: current.mount.map((m) => ({ ...m, mount_path: `${m.mount_path}2` })) }, false],
  ])('with %s can add a write edge: %s', (_, desired, addsEdges) => {
    expect(planFolderChange(current, desired).addsEdges).toBe(addsEdges);
  });
});
