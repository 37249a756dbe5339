import { listAgentTemplates } from '../../data/agent-templates';
import { BUILT_IN_TEMPLATES } from '../../domain/agents/templates';
import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { currentWorkspace } from '../../shared/principal';
import { pageInMemory } from '../../shared/page-in-memory';
import { listData } from '../pagination';
import * as routes from './routes';
import { builtInTemplateView, workspaceTemplateView } from './views';

const builtIns = Object.entries(BUILT_IN_TEMPLATES).map(([name, t]) => builtInTemplateView(name, t));

export const handler = httpHandler(routes.listAgentTemplates, async ({ query, principal }) => {
  // API.md: a caller with no workspace at all lists what every workspace has, the built-in ones.
  const hasWorkspace = Boolean(principal.workspace_id || principal.requested_workspace_id);
  const workspaceId = hasWorkspace ? currentWorkspace(principal) : null;
  const own = workspaceId ? (await listAgentTemplates(workspaceId)).map(workspaceTemplateView) : [];
  const all = [...builtIns, ...own].sort((a, b) => a.name.localeCompare(b.name));
  const page = await pageInMemory(all, query, `agent-templates:${workspaceId ?? ''}`, 'name');
  return ok(listData('templates', page.items, page));
});
