import type { Mount, PublishedFolder } from './model';

/**
 * Write cycles in a workspace's folder graph. Agent A has a write edge to agent B when A mounts a
 * folder B publishes with `write` access: A's runs may write into B's files. A cycle of such edges
 * (A writes into B, B into A) would let writes chase each other round forever, so a configuration
 * that closes one is refused. The graph is read node by node as the search needs it (`load`), so the
 * cost follows what is reachable, not the size of the workspace.
 */

export interface FolderNode {
  publish: Pick<PublishedFolder, 'name' | 'access'>[];
  mount: Pick<Mount, 'from_agent_id' | 'name'>[];
}

/** Reads the nodes of these agents; agents without a configuration (or deleted) are simply absent. */
export type LoadNodes = (agentIds: string[]) => Promise<Map<string, FolderNode>>;

const publishesForWriting = (node: FolderNode | undefined, name: string): boolean =>
  node?.publish.some((f) => f.name === name && f.access === 'write') ?? false;

/**
 * A write cycle through `start` once its configuration is `startNode`, as the agent ids along it
 * (`[start, …, start]`), or null. Assumes the rest of the graph has none, which holds because every
 * change that can add an edge is checked here: any new cycle must pass through the changed agent.
 * Breadth first, so the cycle reported is a shortest one.
 */
export const findWriteCycle = async (start: string, startNode: FolderNode, load: LoadNodes): Promise<string[] | null> => {
  const nodes = new Map<string, FolderNode>([[start, startNode]]);
  const requested = new Set<string>([start]);
  const parent = new Map<string, string>();
  const pathTo = (id: string): string[] => {
    const path = [id];
    for (let at = id; at !== start; at = parent.get(at) as string) path.unshift(parent.get(at) as string);
    return path;
  };
  let frontier = [start];
  while (frontier.length > 0) {
    const unknown = [...new Set(frontier.flatMap((id) => nodes.get(id)?.mount.map((m) => m.from_agent_id) ?? []))].filter(
      (id) => !requested.has(id),
    );
    unknown.forEach((id) => requested.add(id));
    if (unknown.length > 0) for (const [id, node] of await load(unknown)) nodes.set(id, node);
    const next: string[] = [];
    for (const from of frontier) {
      for (const mount of nodes.get(from)?.mount ?? []) {
        const to = mount.from_agent_id;
        if (!publishesForWriting(nodes.get(to), mount.name)) continue;
        if (to === start) return [...pathTo(from), start];
        if (parent.has(to)) continue;
        parent.set(to, from);
        next.push(to);
      }
    }
    frontier = next;
  }
  return null;
};
