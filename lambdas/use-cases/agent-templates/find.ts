import * as templates from '../../data/agent-templates';
import { type AvailableTemplate, BUILT_IN_TEMPLATES, isBuiltInTemplate } from '../../domain/agents/templates';
import { currentWorkspace, type Principal } from '../../shared/principal';

/**
 * Reading one template, the primary course:
 * 1. a built-in name is the built-in template, whatever the workspace;
 * 2. any other is the current workspace's own (404 when it has none by that name, as for another workspace's).
 */
export const findAgentTemplate = async (principal: Principal, name: string): Promise<AvailableTemplate> => {
  const builtIn = isBuiltInTemplate(name) ? BUILT_IN_TEMPLATES[name] : undefined;
  if (builtIn) return { source: 'built-in', name, template: builtIn };
  const template = await templates.getAgentTemplate(currentWorkspace(principal), name);
  if (!template) throw templates.agentTemplateNotFound(name);
  return { source: 'workspace', name, template };
};
