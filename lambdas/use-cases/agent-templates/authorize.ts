import { isBuiltInTemplate } from '../../domain/agents/templates';
import { managesWorkspace } from '../../domain/workspaces';
import { Forbidden } from '../../domain/errors';
import { currentWorkspace, type Principal } from '../../shared/principal';

/**
 * The workspace whose own template `name` the caller may change: owners and admins (API keys with
 * `admin`) of the current workspace, never under a built-in name.
 */
export const workspaceTemplateToChange = (principal: Principal, name: string, action: string): string => {
  const workspaceId = currentWorkspace(principal);
  if (!managesWorkspace(principal)) throw new Forbidden(`only workspace owners and admins (API keys: admin scope) may ${action} templates`);
  if (isBuiltInTemplate(name))
    throw new Forbidden(`${name} is a built-in template, which no workspace can ${action}; choose another name for the workspace's own`);
  return workspaceId;
};
