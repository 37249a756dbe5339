import { checkRequirements, findCycle, type PluginNode } from '../../../../lambdas/domain/plugins/requirements';

const node = (name: string, requires: [string, string][] = [], enabled = true, version = '1.0.0'): PluginNode => ({
  name,
  plugin_id: `plg_${name}`,
  version,
  requires: requires.map(([n, v]) => ({ name: n, version: v })),
  enabled,
});
const graphOf = (...nodes: PluginNode[]) => new Map(nodes.map((n) => [n.name, n]));

describe('resolving requirements at enable time', () => {
  it('passes when every requirement, direct and transitive, is enabled at a version in range', () => {
    const graph = graphOf(node('b', [['c', '^1']]), node('c'));
    expect(checkRequirements(node('a', [['b', '^1.0.0']], false), graph)).toEqual({ ok: true });
  });

  it('names a requirement that is not enabled, one that is unknown and one at a version outside its range', () => {
    const graph = graphOf(node('off', [], false), node('old', [], true, '1.2.0'));
    const result = checkRequirements(
      node('a', [
        ['off', '*'],
        ['ghost', '*'],
        ['old', '>=2'],
      ]),
      graph,
    );
    expect(result).toEqual({
      ok: false,
      code: 'PLUGIN_NOT_ENABLED',
      missing: [
        { name: 'off', range: '*', required_by: 'a', reason: 'not_enabled' },
        { name: 'ghost', range: '*', required_by: 'a', reason: 'unknown' },
        { name: 'old', range: '>=2', required_by: 'a', reason: 'version_mismatch', enabled_version: '1.2.0' },
      ],
    });
  });

  it('follows enabled requirements to their own requirements', () => {
    const result = checkRequirements(node('a', [['b', '*']]), graphOf(node('b', [['c', '*']]), node('c', [], false)));
    expect(result).toMatchObject({ code: 'PLUGIN_NOT_ENABLED', missing: [{ name: 'c', required_by: 'b' }] });
  });

  it('reports a three-plugin cycle with its path before anything missing', () => {
    const graph = graphOf(node('b', [['c', '*']], false), node('c', [['a', '*']], false));
    expect(checkRequirements(node('a', [['b', '*']], false), graph)).toEqual({
      ok: false,
      code: 'PLUGIN_DEPENDENCY_CYCLE',
      cycle: ['a', 'b', 'c', 'a'],
    });
  });

  it('uses the requirements of the version being enabled, not those the graph knew', () => {
    const graph = graphOf(node('a', [['b', '*']], true), node('b', [['a', '*']], true));
    expect(checkRequirements(node('a', []), graph)).toEqual({ ok: true });
  });

  it('finds no cycle in a diamond', () => {
    const graph = graphOf(node('b', [['d', '*']]), node('c', [['d', '*']]), node('d'));
    expect(
      findCycle(
        node('a', [
          ['b', '*'],
          ['c', '*'],
        ]),
        graph,
      ),
    ).toBeNull();
  });

  it('finds a cycle that does not pass through the plugin being enabled', () => {
    const graph = graphOf(node('b', [['c', '*']]), node('c', [['b', '*']]));
    expect(findCycle(node('a', [['b', '*']]), graph)).toEqual(['b', 'c', 'b']);
  });
});
