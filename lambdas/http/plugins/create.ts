import { createPlugin as storePlugin } from '../../data/plugins';
import { newId } from '../../domain/ids';
import type { Plugin } from '../../domain/plugins/model';
import { httpHandler } from '../../shared/http';
import { created } from '../../shared/reply';
import { currentWorkspace } from '../../shared/principal';
import { requirePublisherRole } from '../../use-cases/plugins/authorize';
import { createPlugin } from './routes';
import { issueUpload } from '../../use-cases/plugins/issue-upload';
import { pluginView } from './views';

export const handler = httpHandler(createPlugin, async ({ body, principal }) => {
  const workspaceId = currentWorkspace(principal);
  requirePublisherRole(principal);
  const now = new Date().toISOString();
  const plugin: Plugin = {
    id: newId('plg'),
    name: body.name,
    description: body.description,
    workspace_id: workspaceId,
    created_by: principal.email || principal.user_id,
    created_at: now,
    updated_at: now,
    latest_version: null,
    latest: null,
    version: 1,
  };
  await storePlugin(plugin);
  const upload = await issueUpload(plugin.id, body.size);
  return created({ plugin: pluginView(plugin, workspaceId), upload }, `/api/plugins/${plugin.id}`);
});
