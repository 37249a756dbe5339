import * as templates from '../../data/agent-templates';
import type { AgentTemplate, StoredAgentTemplate } from '../../domain/agents/templates';
import type { Principal } from '../../shared/principal';
import { workspaceTemplateToChange } from './authorize';

/**
 * Creating or replacing a template of the current workspace, the primary course:
 * 1. the caller manages the workspace, and the name is not a built-in one;
 * 2. store it whole, bumping its version (1 when new).
 */
export const replaceAgentTemplate = async (principal: Principal, name: string, template: AgentTemplate): Promise<StoredAgentTemplate> => {
  const workspaceId = workspaceTemplateToChange(principal, name, 'replace');
  return templates.putAgentTemplate(workspaceId, name, template, {
    at: new Date().toISOString(),
    actor: principal.email || principal.user_id,
  });
};
