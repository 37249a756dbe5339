import * as templates from '../../data/agent-templates';
import type { AgentTemplate, StoredAgentTemplate } from '../../domain/agents/templates';
import type { Principal } from '../../shared/principal';
import { workspaceTemplateToChange } from './authorize';

/**
 * Creating a template of the current workspace, the primary course:
 * 1. the caller manages the workspace, and the name is not a built-in one;
 * 2. store it at version 1, unless the workspace already has one by that name (409 NAME_TAKEN).
 */
export const createAgentTemplate = async (principal: Principal, name: string, template: AgentTemplate): Promise<StoredAgentTemplate> => {
  const workspaceId = workspaceTemplateToChange(principal, name, 'create');
  return templates.createAgentTemplate(workspaceId, name, template, {
    at: new Date().toISOString(),
    actor: principal.email || principal.user_id,
  });
};
