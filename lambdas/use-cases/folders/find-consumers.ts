import { getAgentsByIds, getFolderConfigs, type PublishedFolderRecord } from '../../data/agent-folders';
import type { Agent } from '../../domain/agents/model';
import { mountId } from '../../domain/folders/model';

/**
 * Who mounts an agent's folders. A folder's `consumers` map can name an agent that is gone: a deleted
 * agent's items are purged after the delete, and its mounts with them, but the entry on the folder
 * it mounted stays. Such a consumer is stale: it is not shown and does not keep a folder in use.
 */

export interface FolderConsumer {
  folder: PublishedFolderRecord;
  agent: Agent;
  mount_path: string;
  mounted_at: string;
}

export interface Consumers {
  live: FolderConsumer[];
  /** Consumer ids by folder name. */
  stale: Map<string, string[]>;
}

export const consumersOf = async (
  publisher: Pick<Agent, 'id' | 'workspace_id'>,
  folders: readonly PublishedFolderRecord[],
): Promise<Consumers> => {
  const entries = folders.flatMap((folder) =>
    Object.entries(folder.consumers ?? {}).map(([id, entry]) => ({ folder, id, mounted_at: entry.mounted_at })),
  );
  const ids = entries.map((e) => e.id);
  if (ids.length === 0) return { live: [], stale: new Map() };
  const [agents, configs] = await Promise.all([getAgentsByIds(publisher.workspace_id, ids), getFolderConfigs(ids)]);
  const result: Consumers = { live: [], stale: new Map() };
  for (const entry of entries) {
    const agent = agents.get(entry.id);
    const mount = configs
      .get(entry.id)
      ?.mount.find((m) => mountId(m) === mountId({ from_agent_id: publisher.id, name: entry.folder.name }));
    if (agent && agent.status !== 'deleted' && mount) {
      result.live.push({ folder: entry.folder, agent, mount_path: mount.mount_path, mounted_at: entry.mounted_at });
    } else {
      result.stale.set(entry.folder.name, [...(result.stale.get(entry.folder.name) ?? []), entry.id]);
    }
  }
  return result;
};
