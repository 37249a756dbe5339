import * as z from 'zod';
import { paginationQuery, paginationSchema } from '../pagination';
import { route } from '../../shared/route';
import { workspaceParams } from '../workspaces/schemas';
import { disableQuery, enableBody, enablementSchema, workspacePluginParams } from './schemas';

/**
 * Plugins enabled in a workspace (API.md §2): members see them; owners and admins enable (with an
 * optional pinned version), re-pin and disable them. Only enabled plugins can be assigned to the
 * workspace's agents.
 */

export const listWorkspacePlugins = route({
  method: 'GET',
  path: '/api/workspaces/{ws}/plugins',
  handler: 'plugins/workspace-list',
  errors: ['SERVICE_UNAVAILABLE', 'WORKSPACE_NOT_FOUND'],
  summary: 'Plugins enabled in the workspace, with the version its agents run',
  auth: 'user',
  scopes: ['read'],
  params: workspaceParams,
  query: z.strictObject(paginationQuery),
  response: {
    status: 200,
    description: 'Enabled plugins',
    data: z.object({ plugins: z.array(enablementSchema), pagination: paginationSchema }),
  },
  access: { table: 'read' },
});

export const enableWorkspacePlugin = route({
  method: 'PUT',
  path: '/api/workspaces/{ws}/plugins/{plugin}',
  handler: 'plugins/workspace-enable',
  errors: [
    'PLUGIN_DEPENDENCY_CYCLE',
    'PLUGIN_NOT_ENABLED',
    'PLUGIN_NOT_FOUND',
    'PLUGIN_NOT_PUBLISHED',
    'PLUGIN_VERSION_NOT_FOUND',
    'SERVICE_UNAVAILABLE',
    'WORKSPACE_NOT_FOUND',
  ],
  summary: 'Enable a plugin in the workspace, change its pinned version, or approve an upgrade (owners and admins)',
  description: [
    'Enabling approves the version it runs: a pinned `version`, else the latest.',
    'A workspace that follows the latest keeps running the approved version when a newer one asks for more',
    '— a tool of higher risk, a tool endpoint on a new origin or Lambda ARN, or a new required credential',
    '— and shows why in `upgrade_required`; enabling again approves the latest (an explicit upgrade).',
    "Its `requires` are resolved over the workspace's enabled plugins:",
    'a requirement not enabled (or enabled at a version outside the range) answers 422 PLUGIN_NOT_ENABLED naming it;',
    'plugins requiring each other in a cycle answer 422 PLUGIN_DEPENDENCY_CYCLE with the cycle.',
    'A pinned `version` must exist (422 PLUGIN_VERSION_NOT_FOUND); a plugin with no version yet answers 422 PLUGIN_NOT_PUBLISHED.',
  ].join(' '),
  auth: 'user',
  scopes: ['admin'],
  params: workspacePluginParams,
  body: enableBody,
  response: { status: 200, description: 'Enabled', data: z.object({ plugin: enablementSchema }) },
  access: { table: 'write' },
});

export const disableWorkspacePlugin = route({
  method: 'DELETE',
  path: '/api/workspaces/{ws}/plugins/{plugin}',
  handler: 'plugins/workspace-disable',
  errors: [
    'CONCURRENT_MODIFICATION',
    'PLUGIN_IN_USE',
    'PLUGIN_NOT_FOUND',
    'SERVICE_UNAVAILABLE',
    'VERSION_CONFLICT',
    'WORKSPACE_NOT_FOUND',
  ],
  summary: 'Disable a plugin in the workspace (owners and admins)',
  description: [
    'Refused with 409 PLUGIN_IN_USE, naming the agents, while agents of the workspace have it assigned;',
    'with `force=true` it is unassigned from them in the same transaction (each publishes `plugin.assigned`).',
  ].join(' '),
  auth: 'user',
  scopes: ['admin'],
  params: workspacePluginParams,
  query: disableQuery,
  response: {
    status: 200,
    description: 'Disabled',
    data: z.object({
      deleted: z.literal(true),
      plugin_id: z.string(),
      unassigned_agents: z.array(z.string()).describe('Agents it was unassigned from (force)'),
    }),
  },
  access: { table: 'write' },
});

export const workspacePluginRoutes = [listWorkspacePlugins, enableWorkspacePlugin, disableWorkspacePlugin];
