import * as z from 'zod';
import { route } from '../../../shared/route';
import { availableFoldersData, folderConfigData, folderConsumersData, foldersBody, foldersListQuery } from './schemas';
import { agentRef } from '../schemas';

/**
 * Shared folders (API.md §2 Agents): an agent publishes folders of its files for other agents of the
 * workspace to mount. Reading needs read access to the agent, changing it manage access (owners,
 * workspace admins, agent admins); mounting also needs read access to the publishing agent, and
 * manage access for a folder published for writing. Mounts take effect in the files routes and tools
 * (see data/agent-files.ts).
 */

const agentParams = z.strictObject({ agent: agentRef });

export const getAgentFolders = route({
  method: 'GET',
  path: '/api/agents/{agent}/folders',
  handler: 'agents/folders/get',
  errors: ['AGENT_NOT_FOUND', 'WORKSPACE_NOT_FOUND'],
  summary: 'The folders the agent publishes and the folders it mounts',
  auth: 'user',
  scopes: ['read'],
  params: agentParams,
  response: { status: 200, description: 'The folder configuration', data: folderConfigData },
  access: { table: 'read' },
});

export const putAgentFolders = route({
  method: 'PUT',
  path: '/api/agents/{agent}/folders',
  handler: 'agents/folders/put',
  errors: [
    'AGENT_NOT_FOUND',
    'CONCURRENT_MODIFICATION',
    'FOLDER_IN_USE',
    'FOLDER_NOT_PUBLISHED',
    'MOUNT_AGENT_NOT_FOUND',
    'MOUNT_CYCLE',
    'MOUNT_OWN_FOLDER',
    'SERVICE_UNAVAILABLE',
    'VERSION_CONFLICT',
    'WORKSPACE_NOT_FOUND',
  ],
  summary: "Replace the agent's folder configuration: what it publishes and what it mounts",
  description: [
    'Replaces both lists in one transaction.',
    'Unpublishing a folder other agents mount answers 409 FOLDER_IN_USE with them in `details`;',
    'a mount that names an agent the caller cannot read (or of another workspace) answers 422 MOUNT_AGENT_NOT_FOUND,',
    'one of this agent 422 MOUNT_OWN_FOLDER, a folder that is not published 422 FOLDER_NOT_PUBLISHED,',
    'and one that closes a cycle of write mounts 422 MOUNT_CYCLE with the cycle in `details`;',
    'mounting a folder published for writing takes manage access to its publisher (403 FORBIDDEN naming the mount otherwise).',
    'A mounted folder appears in the agent’s files and to its executions’ `files.*` tools under `mounts/<publisher-slug>/<folder>/`',
    '(read-only or read-write as published) from the moment this answers, and is gone the moment it is unmounted.',
    '`If-Match` → 412 when stale; 409 CONCURRENT_MODIFICATION when concurrent changes kept moving the folders involved.',
  ].join(' '),
  auth: 'user',
  scopes: ['write'],
  params: agentParams,
  body: foldersBody,
  response: { status: 200, description: 'The new folder configuration', data: folderConfigData },
  access: { table: 'write' },
});

export const listAvailableFolders = route({
  method: 'GET',
  path: '/api/agents/{agent}/folders/available',
  handler: 'agents/folders/available',
  errors: ['AGENT_NOT_FOUND', 'SERVICE_UNAVAILABLE', 'WORKSPACE_NOT_FOUND'],
  summary: 'Folders other agents of the workspace publish that this agent may mount',
  description: [
    'Only folders of agents the caller can read.',
    'Owners and admins page over the workspace index, where `total` and `pages` are null unless the page,',
    'read from the first folder, reaches the end; members page over their visible agents in memory, with a `total`.',
  ].join(' '),
  auth: 'user',
  scopes: ['read'],
  params: agentParams,
  query: foldersListQuery,
  response: { status: 200, description: 'Mountable folders', data: availableFoldersData },
  access: { table: 'read' },
});

export const listFolderConsumers = route({
  method: 'GET',
  path: '/api/agents/{agent}/folders/consumers',
  handler: 'agents/folders/consumers',
  errors: ['AGENT_NOT_FOUND', 'SERVICE_UNAVAILABLE', 'WORKSPACE_NOT_FOUND'],
  summary: "Agents that mount this agent's folders",
  auth: 'user',
  scopes: ['read'],
  params: agentParams,
  query: foldersListQuery,
  response: { status: 200, description: 'Mounting agents, by folder', data: folderConsumersData },
  access: { table: 'read' },
});

export const folderRoutes = [getAgentFolders, putAgentFolders, listAvailableFolders, listFolderConsumers];
