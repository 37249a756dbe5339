import type { Agent } from '../../../domain/agents/model';
import type { FolderAccess, PublishedFolder, StoredFolderConfig } from '../../../domain/folders/model';
import type { FolderConsumer } from '../../../use-cases/folders/find-consumers';

/** Shared folders as the API answers them. */

export const folderConfigView = (config: StoredFolderConfig) => ({
  agent_id: config.agent_id,
  version: config.version,
  updated_at: config.updated_at,
  publish: config.publish.map((f) => ({ name: f.name, path: f.path, access: f.access })),
  mount: config.mount.map((m) => ({ from_agent: m.from_agent_id, name: m.name, mount_path: m.mount_path })),
});

export const availableFolderView = (publisher: Agent, folder: PublishedFolder, mounted: boolean) => ({
  from_agent: { id: publisher.id, slug: publisher.slug, name: publisher.name },
  name: folder.name,
  path: folder.path,
  access: folder.access,
  mounted,
});

/** An agent the caller cannot read is named by its id only. */
export const consumerView = (consumer: FolderConsumer, readable: boolean) => ({
  agent: { id: consumer.agent.id, slug: readable ? consumer.agent.slug : null, name: readable ? consumer.agent.name : null },
  folder: consumer.folder.name,
  access: consumer.folder.access as FolderAccess,
  mount_path: readable ? consumer.mount_path : null,
  mounted_at: consumer.mounted_at,
});
