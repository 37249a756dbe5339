import * as templates from '../../data/agent-templates';
import { pageInMemory } from '../../shared/page-in-memory';
import { type AvailableTemplate, BUILT_IN_TEMPLATES } from '../../domain/agents/templates';
import type { ListPage, ListRequest } from '../../domain/list-page';
import { currentWorkspace, type Principal } from '../../shared/principal';

const builtIns: AvailableTemplate[] = Object.entries(BUILT_IN_TEMPLATES).map(([name, template]) => ({
  source: 'built-in',
  name,
  template,
}));

/**
 * Listing the templates the caller can use, the primary course:
 * 1. the built-in ones and the current workspace's own, read whole (a workspace keeps a handful);
 *    a caller with no workspace at all lists what every workspace has, the built-in ones (API.md);
 * 2. by name, paged in memory with a cursor bound to the workspace.
 */
export const listAgentTemplates = async (principal: Principal, request: ListRequest): Promise<ListPage<AvailableTemplate>> => {
  const hasWorkspace = Boolean(principal.workspace_id || principal.requested_workspace_id);
  const workspaceId = hasWorkspace ? currentWorkspace(principal) : null;
  const own = workspaceId ? await templates.listAgentTemplates(workspaceId) : [];
  const all = [...builtIns, ...own.map((template): AvailableTemplate => ({ source: 'workspace', name: template.name, template }))];
  return pageInMemory(
    all.sort((a, b) => a.name.localeCompare(b.name)),
    request,
    `agent-templates:${workspaceId ?? ''}`,
    'name',
  );
};
