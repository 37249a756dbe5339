import * as z from 'zod';
import { paginationQuery, paginationSchema } from '../pagination';
import { route } from '../../shared/route';
import {
  addMemberBody,
  apiKeyParams,
  apiKeySchema,
  createApiKeyBody,
  createWorkspaceBody,
  memberParams,
  memberSchema,
  updateMemberBody,
  updateWorkspaceBody,
  usageSchema,
  workspaceParams,
  workspaceSchema,
} from './schemas';

const WORKSPACE_IMMUTABLE = [
  'id',
  'workspace_id',
  'created_at',
  'created_by',
  'updated_at',
  'version',
  'owner_count',
  'role',
  'limits',
  'default_integrations',
];
const deleted = (idField: string) => z.object({ deleted: z.literal(true), [idField]: z.string() });

export const createWorkspace = route({
  method: 'POST',
  path: '/api/workspaces',
  handler: 'workspaces/create',
  errors: ['QUOTA_EXCEEDED'],
  summary: 'Create a workspace; the caller becomes its owner',
  description: [
    'Tier `free`.',
    'A protected system agent `default` is created with it.',
    'Needs a bearer token (API keys belong to one workspace).',
    'A user may own at most 5 workspaces they created (environment config):',
    'one more answers 403 `QUOTA_EXCEEDED` with `owned` and `allowed` and creates nothing, also under concurrent creates.',
    'Leaving a created workspace, or stepping down from owner there, frees a place.',
  ].join(' '),
  auth: 'user',
  scopes: ['write'],
  idempotent: true,
  body: createWorkspaceBody,
  response: { status: 201, description: 'Created', data: z.object({ workspace: workspaceSchema }) },
  access: { table: 'write' },
});

export const listWorkspaces = route({
  method: 'GET',
  path: '/api/workspaces',
  handler: 'workspaces/list',
  errors: ['SERVICE_UNAVAILABLE'],
  summary: "The caller's workspaces with the caller's role, earliest membership first",
  auth: 'user',
  scopes: ['read'],
  query: z.strictObject(paginationQuery),
  response: {
    status: 200,
    description: 'Workspaces',
    data: z.object({ workspaces: z.array(workspaceSchema), pagination: paginationSchema }),
  },
  access: { table: 'read' },
});

export const getWorkspace = route({
  method: 'GET',
  path: '/api/workspaces/{ws}',
  handler: 'workspaces/get',
  errors: ['WORKSPACE_NOT_FOUND'],
  summary: 'A workspace the caller is a member of',
  auth: 'user',
  scopes: ['read'],
  params: workspaceParams,
  response: { status: 200, description: 'The workspace', data: z.object({ workspace: workspaceSchema }) },
  access: { table: 'read' },
});

export const updateWorkspace = route({
  method: 'PATCH',
  path: '/api/workspaces/{ws}',
  handler: 'workspaces/update',
  errors: ['MODEL_NOT_ALLOWED', 'VERSION_CONFLICT', 'WORKSPACE_NOT_FOUND'],
  summary:
    'Rename, set default LLM settings, override the agent limit (owners) or change the tier and monthly spend budget (platform operators)',
  description: [
    'A `default_llm` naming the `local` provider answers 422 MODEL_NOT_ALLOWED anywhere but the local runtime.',
    "New agents that name no model get `default_llm`'s, and its `temperature` and `max_tokens` in their `configuration`;",
    'agents that exist keep theirs.',
  ].join(' '),
  auth: 'user',
  scopes: ['admin'],
  params: workspaceParams,
  body: updateWorkspaceBody,
  immutableFields: WORKSPACE_IMMUTABLE,
  response: { status: 200, description: 'The updated workspace', data: z.object({ workspace: workspaceSchema }) },
  access: { table: 'write' },
});

export const listMembers = route({
  method: 'GET',
  path: '/api/workspaces/{ws}/members',
  handler: 'workspaces/members-list',
  errors: ['WORKSPACE_NOT_FOUND'],
  summary: "The workspace's members",
  auth: 'user',
  scopes: ['read'],
  params: workspaceParams,
  query: z.strictObject(paginationQuery),
  response: { status: 200, description: 'Members', data: z.object({ members: z.array(memberSchema), pagination: paginationSchema }) },
  access: { table: 'read' },
});

export const addMember = route({
  method: 'POST',
  path: '/api/workspaces/{ws}/members',
  handler: 'workspaces/members-add',
  errors: ['ALREADY_MEMBER', 'LAST_OWNER', 'WORKSPACE_NOT_FOUND'],
  summary: 'Add a member by email (owners and admins; only owners add owners)',
  auth: 'user',
  scopes: ['admin'],
  idempotent: true,
  params: workspaceParams,
  body: addMemberBody,
  response: { status: 201, description: 'Added', data: z.object({ member: memberSchema }) },
  access: { table: 'write' },
});

export const updateMember = route({
  method: 'PATCH',
  path: '/api/workspaces/{ws}/members/{user}',
  handler: 'workspaces/members-update',
  errors: ['CONCURRENT_MODIFICATION', 'LAST_OWNER', 'MEMBER_NOT_FOUND', 'QUOTA_EXCEEDED', 'SERVICE_UNAVAILABLE', 'WORKSPACE_NOT_FOUND'],
  summary: "Change a member's role; the last owner cannot be demoted (409 LAST_OWNER)",
  description: "`{user}` is the member's email.",
  auth: 'user',
  scopes: ['admin'],
  params: memberParams,
  body: updateMemberBody,
  response: { status: 200, description: 'The member', data: z.object({ member: memberSchema }) },
  access: { table: 'write' },
});

export const removeMember = route({
  method: 'DELETE',
  path: '/api/workspaces/{ws}/members/{user}',
  handler: 'workspaces/members-remove',
  errors: ['CONCURRENT_MODIFICATION', 'LAST_OWNER', 'MEMBER_NOT_FOUND', 'QUOTA_EXCEEDED', 'SERVICE_UNAVAILABLE', 'WORKSPACE_NOT_FOUND'],
  summary: 'Remove a member (or leave); the last owner cannot be removed (409 LAST_OWNER)',
  description: [
    "`{user}` is the member's email.",
    'Their agent shares and agent-admin entries in this workspace are deleted and every API key they created is revoked.',
  ].join(' '),
  auth: 'user',
  scopes: ['admin'],
  params: memberParams,
  response: { status: 200, description: 'Removed', data: deleted('member_id') },
  access: { table: 'write' },
});

export const listApiKeys = route({
  method: 'GET',
  path: '/api/workspaces/{ws}/api-keys',
  handler: 'workspaces/api-keys-list',
  errors: ['WORKSPACE_NOT_FOUND'],
  summary: "The workspace's API keys (never their secrets)",
  auth: 'user',
  scopes: ['admin'],
  params: workspaceParams,
  query: z.strictObject(paginationQuery),
  response: { status: 200, description: 'API keys', data: z.object({ api_keys: z.array(apiKeySchema), pagination: paginationSchema }) },
  access: { table: 'read' },
});

export const createApiKey = route({
  method: 'POST',
  path: '/api/workspaces/{ws}/api-keys',
  handler: 'workspaces/api-keys-create',
  errors: ['WORKSPACE_NOT_FOUND'],
  summary: 'Create an API key; its secret is in this answer only',
  description: [
    'Owners and admins, signed in (API keys cannot create keys: 403).',
    'A key acts with the rights its scopes name — `admin` for credentials export, direct file access and plugin publishing;',
    'it never approves held steps.',
    'It records its creator (`created_by`) and is revoked when they leave the workspace; with `expires_at` it answers 401 after that time.',
  ].join(' '),
  auth: 'user',
  scopes: ['admin'],
  idempotent: true,
  secretResponse: true,
  params: workspaceParams,
  body: createApiKeyBody,
  response: { status: 201, description: 'Created', data: z.object({ api_key: apiKeySchema.extend({ secret: z.string() }) }) },
  access: { table: 'write' },
});

export const revokeApiKey = route({
  method: 'DELETE',
  path: '/api/workspaces/{ws}/api-keys/{key}',
  handler: 'workspaces/api-keys-revoke',
  errors: ['API_KEY_NOT_FOUND', 'WORKSPACE_NOT_FOUND'],
  summary: 'Revoke an API key; the next request with it answers 401',
  auth: 'user',
  scopes: ['admin'],
  params: apiKeyParams,
  response: { status: 200, description: 'Revoked', data: deleted('api_key_id') },
  access: { table: 'write' },
});

export const getUsage = route({
  method: 'GET',
  path: '/api/workspaces/{ws}/usage',
  handler: 'workspaces/usage',
  errors: ['SERVICE_UNAVAILABLE', 'WORKSPACE_NOT_FOUND'],
  summary: "Today's requests, remaining quota, agents used and allowed, this month's model spend and budget",
  auth: 'user',
  scopes: ['read'],
  params: workspaceParams,
  response: { status: 200, description: 'Usage', data: z.object({ usage: usageSchema }) },
  access: { table: 'read' },
});

export const workspaceRoutes = [
  createWorkspace,
  listWorkspaces,
  getWorkspace,
  updateWorkspace,
  listMembers,
  addMember,
  updateMember,
  removeMember,
  listApiKeys,
  createApiKey,
  revokeApiKey,
  getUsage,
];
