import * as z from 'zod';
import { ACCESS_LEVELS } from '../../domain/agents/access';
import { route } from '../../shared/route';
import { agentRef } from './schemas';

const email = z
  .email()
  .max(254)
  .transform((e) => e.toLowerCase());
const agentParams = z.strictObject({ agent: agentRef });

export const accessEntrySchema = z.object({
  email: z.string(),
  access: z.enum(ACCESS_LEVELS),
  granted_by: z.string(),
  granted_at: z.string(),
});

const manageLine = {
  auth: 'user' as const,
  access: { table: 'write' as const },
};

export const shareAgent = route({
  method: 'POST',
  path: '/api/agents/{agent}/share',
  handler: 'agents/shares/add',
  functionId: 'agents-share',
  errors: ['AGENT_NOT_FOUND', 'ALREADY_GRANTED', 'NOT_A_MEMBER', 'SERVICE_UNAVAILABLE', 'WORKSPACE_NOT_FOUND'],
  summary: 'Share the agent with a workspace member by email (`use`: read and execute; `view`: read)',
  scopes: ['write'],
  params: agentParams,
  body: z.strictObject({ email, access: z.enum(['use', 'view']).default('use') }),
  response: { status: 201, description: 'Shared', data: z.object({ share: accessEntrySchema }) },
  ...manageLine,
});

export const listShares = route({
  method: 'GET',
  path: '/api/agents/{agent}/shares',
  handler: 'agents/shares/list',
  functionId: 'agents-shares',
  errors: ['AGENT_NOT_FOUND', 'WORKSPACE_NOT_FOUND'],
  summary: 'Who the agent is shared with',
  auth: 'user',
  scopes: ['read'],
  params: agentParams,
  response: { status: 200, description: 'Shares', data: z.object({ shares: z.array(accessEntrySchema) }) },
  access: { table: 'read' },
});

export const unshareAgent = route({
  method: 'DELETE',
  path: '/api/agents/{agent}/share/{email}',
  handler: 'agents/shares/remove',
  functionId: 'agents-unshare',
  errors: ['AGENT_NOT_FOUND', 'WORKSPACE_NOT_FOUND'],
  summary: 'Stop sharing the agent with someone',
  scopes: ['write'],
  params: z.strictObject({ agent: agentRef, email }),
  response: { status: 200, description: 'No longer shared', data: z.object({ deleted: z.literal(true), share_id: z.string() }) },
  ...manageLine,
});

export const listAgentAdmins = route({
  method: 'GET',
  path: '/api/agents/{agent}/admins',
  handler: 'agents/admins/list',
  errors: ['AGENT_NOT_FOUND', 'WORKSPACE_NOT_FOUND'],
  summary: "The agent's admins (full control except delete)",
  auth: 'user',
  scopes: ['read'],
  params: agentParams,
  response: { status: 200, description: 'Admins', data: z.object({ admins: z.array(accessEntrySchema) }) },
  access: { table: 'read' },
});

export const addAgentAdmin = route({
  method: 'POST',
  path: '/api/agents/{agent}/admins',
  handler: 'agents/admins/add',
  errors: ['AGENT_NOT_FOUND', 'ALREADY_GRANTED', 'NOT_A_MEMBER', 'SERVICE_UNAVAILABLE', 'WORKSPACE_NOT_FOUND'],
  summary: 'Make a workspace member an admin of the agent',
  scopes: ['write'],
  params: agentParams,
  body: z.strictObject({
    email,
    role: z.literal('admin').optional().describe('Accepted for clients that name the role; `admin` is the only one'),
  }),
  response: { status: 201, description: 'Added', data: z.object({ admin: accessEntrySchema }) },
  ...manageLine,
});

export const removeAgentAdmin = route({
  method: 'DELETE',
  path: '/api/agents/{agent}/admins/{admin}',
  handler: 'agents/admins/remove',
  errors: ['AGENT_NOT_FOUND', 'WORKSPACE_NOT_FOUND'],
  summary: "Remove one of the agent's admins",
  description: "`{admin}` is the admin's email.",
  scopes: ['write'],
  params: z.strictObject({ agent: agentRef, admin: email }),
  response: { status: 200, description: 'Removed', data: z.object({ deleted: z.literal(true), admin_id: z.string() }) },
  ...manageLine,
});

export const sharingRoutes = [shareAgent, listShares, unshareAgent, listAgentAdmins, addAgentAdmin, removeAgentAdmin];
