import { agentTemplateNotFound, getAgentTemplate } from '../../data/agent-templates';
import { BUILT_IN_TEMPLATES, isBuiltInTemplate } from '../../domain/agents/templates';
import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { currentWorkspace } from '../../shared/principal';
import * as routes from './routes';
import { builtInTemplateView, workspaceTemplateView } from './views';

export const handler = httpHandler(routes.getAgentTemplate, async ({ params, principal }) => {
  const name = params.template;
  const builtIn = isBuiltInTemplate(name) ? BUILT_IN_TEMPLATES[name] : undefined;
  if (builtIn) return ok({ template: builtInTemplateView(name, builtIn) });
  const template = await getAgentTemplate(currentWorkspace(principal), name);
  if (!template) throw agentTemplateNotFound(name);
  return ok({ template: workspaceTemplateView(template) }, { version: template.version });
});
