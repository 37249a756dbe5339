import * as z from 'zod';
import { route } from '../../../shared/route';
import { agentPluginsData, assignPluginsBody, contextQuery, contextSchema } from './schemas';
import { agentRef } from '../schemas';

/**
 * An agent's plugins and the context it runs with (API.md §2 "Personas, plugins and context").
 * Assignments are replaced as a whole, in priority order, from the plugins enabled in the workspace.
 */

const agentParams = z.strictObject({ agent: agentRef });

export const listAgentPlugins = route({
  method: 'GET',
  path: '/api/agents/{agent}/plugins',
  handler: 'agents/plugins/list',
  errors: ['AGENT_NOT_FOUND', 'SERVICE_UNAVAILABLE', 'WORKSPACE_NOT_FOUND'],
  summary: "The agent's plugins in priority order, with their marketplace details",
  auth: 'user',
  scopes: ['read'],
  params: agentParams,
  response: { status: 200, description: 'Assigned plugins', data: agentPluginsData },
  access: { table: 'read' },
});

export const assignAgentPlugins = route({
  method: 'PUT',
  path: '/api/agents/{agent}/plugins',
  handler: 'agents/plugins/put',
  errors: ['AGENT_NOT_FOUND', 'PLUGIN_NOT_ENABLED', 'SERVICE_UNAVAILABLE', 'VERSION_CONFLICT', 'WORKSPACE_NOT_FOUND'],
  summary: "Replace the agent's plugins",
  description: [
    'One transaction.',
    'Duplicates are dropped keeping the first occurrence; priority is the position.',
    'Priority starts at 0.',
    'Ids that name no plugin and plugins not enabled in the workspace answer 422 PLUGIN_NOT_ENABLED naming each.',
    'Publishes `plugin.assigned`.',
    '`If-Match` (the assignment version) → 412 when stale.',
  ].join(' '),
  auth: 'user',
  scopes: ['write'],
  params: agentParams,
  body: assignPluginsBody,
  response: { status: 200, description: 'The new assignments', data: agentPluginsData },
  access: { table: 'write' },
});

export const getAgentContext = route({
  method: 'GET',
  path: '/api/agents/{agent}/context',
  handler: 'agents/context/get',
  errors: ['AGENT_NOT_FOUND', 'SERVICE_UNAVAILABLE', 'WORKSPACE_NOT_FOUND'],
  summary: 'The context the agent runs with: persona, prompts, plugin summaries (tier 1), skill and command documents (tier 2), tools',
  description: [
    'Token estimates per tier and in total (one token per four characters).',
    '`max_tokens` leaves tier 2 documents out, lowest priority first, until the total fits, and lists what was left out.',
    'Assembled contexts are cached (hence table write access) and reassembled whenever the agent,',
    'its persona, its assignments or a plugin version it runs changes.',
  ].join(' '),
  auth: 'user',
  scopes: ['read'],
  params: agentParams,
  query: contextQuery,
  response: { status: 200, description: 'The assembled context', data: z.object({ context: contextSchema }) },
  access: { table: 'write' },
});

export const agentPluginRoutes = [listAgentPlugins, assignAgentPlugins, getAgentContext];
