import { agentsVisibleTo } from '../../data/agent-access';
import { getAgentsByIds, getFolderConfig, getFolderConfigs, workspacePublishedFolders } from '../../data/agent-folders';
import type { ListPage } from '../../data/list';
import { pageInMemory } from '../../shared/page-in-memory';
import type { Agent } from '../../domain/agents/model';
import { mountId, type PublishedFolder } from '../../domain/folders/model';
import { type Principal, seesEveryAgent } from '../../shared/principal';

/**
 * `…/folders/available`: folders other agents publish that the caller can read, in publisher id
 * (creation) order, then by name. Owners and admins page over the workspace's folder index; members
 * read the configurations of the few agents they can see and page in memory.
 */

export interface MountableFolder {
  publisher: Agent;
  folder: PublishedFolder;
  mounted: boolean;
}

/** `total` is null on an owner's or admin's page that does not reach the end of the workspace's folders. */
export type MountablePage = ListPage<MountableFolder>;

interface PageRequest {
  limit: number;
  cursor?: string;
  page?: number;
}

const workspacePage = async (agent: Agent, request: PageRequest) => {
  const page = await workspacePublishedFolders(agent.workspace_id, agent.id, request);
  const publishers = await getAgentsByIds(
    agent.workspace_id,
    page.items.map((f) => f.agent_id),
  );
  // A deleted publisher's folders leave the index when its items are purged, just after the delete.
  const items = page.items.flatMap((folder) => {
    const publisher = publishers.get(folder.agent_id);
    return publisher && publisher.status !== 'deleted' ? [{ publisher, folder }] : [];
  });
  return { ...page, items };
};

const CURSOR_SORT = 'publisher:asc';

const memberPage = async (principal: Principal, agent: Agent, request: PageRequest) => {
  const publishers = (await agentsVisibleTo(principal.email, agent.workspace_id)).map((v) => v.agent).filter((a) => a.id !== agent.id);
  const configs = await getFolderConfigs(publishers.map((a) => a.id));
  const all = publishers
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .flatMap((publisher) =>
      [...(configs.get(publisher.id)?.publish ?? [])].sort((a, b) => (a.name < b.name ? -1 : 1)).map((folder) => ({ publisher, folder })),
    );
  return pageInMemory(all, request, `mountable-folders:${agent.id}:${principal.email}`, CURSOR_SORT);
};

export const mountableFolders = async (principal: Principal, agent: Agent, request: PageRequest): Promise<MountablePage> => {
  const [page, own] = await Promise.all([
    seesEveryAgent(principal) ? workspacePage(agent, request) : memberPage(principal, agent, request),
    getFolderConfig(agent),
  ]);
  const mounted = new Set(own.mount.map(mountId));
  return {
    ...page,
    items: page.items.map(({ publisher, folder }) => ({
      publisher,
      folder: { name: folder.name, path: folder.path, access: folder.access },
      mounted: mounted.has(mountId({ from_agent_id: publisher.id, name: folder.name })),
    })),
  };
};
