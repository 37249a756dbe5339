import * as z from 'zod';
import { ACCESS_LEVELS } from '../../domain/agents/access';
import { paginationQuery, paginationSchema } from '../pagination';
import { route } from '../../shared/route';

export const accessibleAgentSchema = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  status: z.string(),
  access: z
    .enum(ACCESS_LEVELS)
    .describe("The caller's effective access: owner (workspace owners and admins, creators), admin, use or view"),
  role: z.enum(ACCESS_LEVELS).describe('The same as `access`, under the name some clients read'),
});

export const listAccessibleAgents = route({
  method: 'GET',
  path: '/api/auth/agents',
  handler: 'auth/agents',
  errors: ['SERVICE_UNAVAILABLE', 'WORKSPACE_NOT_FOUND'],
  summary: 'The agents the caller can access in the current workspace, with the caller’s access on each',
  auth: 'user',
  scopes: ['read'],
  query: z.strictObject({
    limit: paginationQuery.limit,
    per_page: paginationQuery.per_page,
    page: paginationQuery.page,
    cursor: paginationQuery.cursor,
  }),
  response: {
    status: 200,
    description: 'Accessible agents',
    data: z.object({ agents: z.array(accessibleAgentSchema), pagination: paginationSchema }),
  },
  access: { table: 'read' },
});

export const authRoutes = [listAccessibleAgents];
