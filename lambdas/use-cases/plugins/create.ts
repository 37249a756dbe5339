import * as plugins from '../../data/plugins';
import { newId } from '../../domain/ids';
import type { Plugin } from '../../domain/plugins/model';
import { currentWorkspace, type Principal } from '../../shared/principal';
import { requirePublisherRole } from './authorize';
import { issueUpload } from './issue-upload';

/**
 * Creating a plugin, the primary course:
 * 1. the caller publishes for their current workspace (owners and admins);
 * 2. store the plugin, without a version yet;
 * 3. issue the upload its first bundle goes to.
 */
export const createPlugin = async (principal: Principal, input: { name: string; description: string; size: number }) => {
  const workspaceId = currentWorkspace(principal);
  requirePublisherRole(principal);
  const now = new Date().toISOString();
  const plugin: Plugin = {
    id: newId('plg'),
    name: input.name,
    description: input.description,
    workspace_id: workspaceId,
    created_by: principal.email || principal.user_id,
    created_at: now,
    updated_at: now,
    latest_version: null,
    latest: null,
    version: 1,
  };
  await plugins.createPlugin(plugin);
  return { plugin, upload: await issueUpload(plugin.id, input.size) };
};
