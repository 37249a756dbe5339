import { type FolderNode, findWriteCycle } from '../../../../lambdas/domain/folders/cycles';

/** Write cycles over a workspace's folder graph: A → B when A mounts a folder B publishes for writing. */

const publishes = (...folders: [string, 'read' | 'write'][]) => folders.map(([name, access]) => ({ name, access }));
const mounts = (...refs: [string, string][]) => refs.map(([from_agent_id, name]) => ({ from_agent_id, name }));
const node = (publish: FolderNode['publish'], mount: FolderNode['mount'] = []): FolderNode => ({ publish, mount });

/** An in-memory graph, recording which agents the search asked for. */
const graph = (nodes: Record<string, FolderNode>) => {
  const asked: string[][] = [];
  const load = async (ids: string[]) => {
    asked.push(ids);
    return new Map(ids.filter((id) => nodes[id]).map((id) => [id, nodes[id] as FolderNode]));
  };
  return { load, asked };
};

describe('finding a write cycle through a changed agent', () => {
  it('finds A → B → A when A write-mounts B and B already write-mounts A', async () => {
    const { load } = graph({ b: node(publishes(['out', 'write']), mounts(['a', 'shared'])) });
    const a = node(publishes(['shared', 'write']), mounts(['b', 'out']));
    expect(await findWriteCycle('a', a, load)).toEqual(['a', 'b', 'a']);
  });

  it('finds a longer cycle and names it from the changed agent round to itself', async () => {
    const { load } = graph({
      b: node(publishes(['f', 'write']), mounts(['c', 'f'])),
      c: node(publishes(['f', 'write']), mounts(['d', 'f'])),
      d: node(publishes(['f', 'write']), mounts(['a', 'f'])),
    });
    expect(await findWriteCycle('a', node(publishes(['f', 'write']), mounts(['b', 'f'])), load)).toEqual(['a', 'b', 'c', 'd', 'a']);
  });

  it('reports a shortest cycle when there are several', async () => {
    const { load } = graph({
      b: node(publishes(['f', 'write']), mounts(['c', 'f'])),
      c: node(publishes(['f', 'write']), mounts(['a', 'f'])),
      d: node(publishes(['f', 'write']), mounts(['a', 'f'])),
    });
    expect(await findWriteCycle('a', node(publishes(['f', 'write']), mounts(['b', 'f'], ['d', 'f'])), load)).toEqual(['a', 'd', 'a']);
  });

  it('ignores read mounts anywhere along the way', async () => {
    const readBack = graph({ b: node(publishes(['out', 'write']), mounts(['a', 'shared'])) });
    expect(await findWriteCycle('a', node(publishes(['shared', 'read']), mounts(['b', 'out'])), readBack.load)).toBeNull();
    const readForward = graph({ b: node(publishes(['out', 'read']), mounts(['a', 'shared'])) });
    expect(await findWriteCycle('a', node(publishes(['shared', 'write']), mounts(['b', 'out'])), readForward.load)).toBeNull();
  });

  it('follows the folder that is mounted, not any write folder of the same agent', async () => {
    const { load } = graph({ b: node(publishes(['out', 'read'], ['other', 'write']), mounts(['a', 'shared'])) });
    expect(await findWriteCycle('a', node(publishes(['shared', 'write']), mounts(['b', 'out'])), load)).toBeNull();
  });

  it('finds the cycle a publisher closes by turning a mounted folder from read to write', async () => {
    // b write-mounts nothing of a's yet in write terms: a's `shared` was read; a now publishes it for writing.
    const { load } = graph({ b: node(publishes(['out', 'write']), mounts(['a', 'shared'])) });
    const aAfter = node(publishes(['shared', 'write']), mounts(['b', 'out']));
    expect(await findWriteCycle('a', aAfter, load)).toEqual(['a', 'b', 'a']);
  });

  it('uses the changed configuration, never a stored one, for the changed agent', async () => {
    const { load, asked } = graph({
      a: node(publishes(['shared', 'write'])),
      b: node(publishes(['out', 'write']), mounts(['a', 'shared'])),
    });
    expect(await findWriteCycle('a', node(publishes(['shared', 'read']), mounts(['b', 'out'])), load)).toBeNull();
    expect(asked.flat()).not.toContain('a');
  });

  it('finds no cycle in a diamond of write mounts, visiting each agent once', async () => {
    const { load, asked } = graph({
      b: node(publishes(['f', 'write']), mounts(['d', 'f'])),
      c: node(publishes(['f', 'write']), mounts(['d', 'f'])),
      d: node(publishes(['f', 'write'])),
    });
    expect(await findWriteCycle('a', node([], mounts(['b', 'f'], ['c', 'f'])), load)).toBeNull();
    expect(asked).toEqual([['b', 'c'], ['d']]);
  });

  it('treats agents without a configuration (never set, or deleted and purged) as having no edges', async () => {
    const { load } = graph({});
    expect(await findWriteCycle('a', node([], mounts(['gone', 'f'])), load)).toBeNull();
  });

  it('stops at a cycle that does not pass through the changed agent (the rest of the graph is assumed acyclic)', async () => {
    const { load } = graph({
      b: node(publishes(['f', 'write']), mounts(['c', 'f'])),
      c: node(publishes(['f', 'write']), mounts(['b', 'f'])),
    });
    expect(await findWriteCycle('a', node([], mounts(['b', 'f'])), load)).toBeNull();
  });

  it('sees an agent write-mounting its own folder as a cycle of one', async () => {
    const { load } = graph({});
    expect(await findWriteCycle('a', node(publishes(['f', 'write']), mounts(['a', 'f'])), load)).toEqual(['a', 'a']);
  });
});
