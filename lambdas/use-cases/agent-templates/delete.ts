import * as templates from '../../data/agent-templates';
import type { Principal } from '../../shared/principal';
import { workspaceTemplateToChange } from './authorize';

/**
 * Deleting a template of the current workspace, the primary course:
 * 1. the caller manages the workspace, and the name is not a built-in one;
 * 2. delete it (404 when the workspace has none by that name); agents created from it keep what it filled.
 */
export const deleteAgentTemplate = async (principal: Principal, name: string): Promise<void> => {
  await templates.deleteAgentTemplate(workspaceTemplateToChange(principal, name, 'delete'), name);
};
