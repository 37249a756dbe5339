import { publishedFoldersOf } from '../../data/agent-folders';
import type { ListPage, ListRequest } from '../../data/list';
import type { Principal } from '../../shared/principal';
import { pageInMemory } from '../../shared/page-in-memory';
import { loadAgent } from '../agents/authorize';
import { readableAmong } from './authorize';
import { consumersOf, type FolderConsumer } from './find-consumers';

export interface ShownConsumer {
  consumer: FolderConsumer;
  /** The caller can read the mounting agent; otherwise it is shown by its id only. */
  readable: boolean;
}

/**
 * Who mounts an agent's folders, the primary course:
 * 1. load the agent the caller may read;
 * 2. its published folders and their live consumers (find-consumers.ts);
 * 3. an agent has at most 20 folders, so its consumers are gathered whole and paged in memory, by folder then agent;
 * 4. which of the page's mounting agents the caller can read.
 */
export const listConsumers = async (principal: Principal, ref: string, request: ListRequest): Promise<ListPage<ShownConsumer>> => {
  const agent = await loadAgent(principal, ref);
  const { live } = await consumersOf(agent, await publishedFoldersOf(agent.id));
  const sorted = live.sort((a, b) => a.folder.name.localeCompare(b.folder.name) || a.agent.id.localeCompare(b.agent.id));
  const page = await pageInMemory(sorted, request, `folder-consumers:${agent.id}`, 'folder:asc');
  const readable = await readableAmong(
    principal,
    agent.workspace_id,
    page.items.map((c) => c.agent.id),
  );
  return { ...page, items: page.items.map((consumer) => ({ consumer, readable: readable.has(consumer.agent.id) })) };
};
