import * as z from 'zod';
import { MATURITY_LEVELS } from '../../domain/agents/model';
import { RISKS } from '../../domain/governance';
import { paginationQuery, paginationSchema } from '../pagination';
import { route } from '../route';

const fleetQuery = z.strictObject({ ...paginationQuery, sort: z.enum(['created_at', 'name', 'updated_at']).default('name'), order: z.enum(['asc', 'desc']).default('asc') });

const agentIdentity = { id: z.string(), slug: z.string(), name: z.string() };

export const contextStats = route({
  method: 'GET', path: '/api/agents/context-stats', handler: 'agents/context-stats',
  summary: 'Fleet view: the size of each visible agent’s standing context',
  description: 'Token estimates are characters / 4. Plugin tiers join these figures once plugins are assigned.',
  auth: 'user', scopes: ['read'], query: fleetQuery,
  response: {
    status: 200, description: 'Context sizes',
    data: z.object({
      agents: z.array(z.object({ ...agentIdentity, system_prompt_tokens: z.number().int(), instruction_template_tokens: z.number().int(), persona_prompt_tokens: z.number().int(), estimated_tokens: z.number().int() })),
      totals: z.object({ agents: z.number().int(), estimated_tokens: z.number().int() }).describe('Over this page'),
      pagination: paginationSchema,
    }),
  },
  access: { table: 'read' },
});

export const autonomyStatus = route({
  method: 'GET', path: '/api/agents/autonomy-status', handler: 'agents/autonomy-status',
  summary: 'Fleet view: what each visible agent may do on its own, by maturity level, read-only and autonomy',
  auth: 'user', scopes: ['read'], query: fleetQuery,
  response: {
    status: 200, description: 'Autonomy per agent',
    data: z.object({
      agents: z.array(z.object({
        ...agentIdentity,
        maturity_level: z.enum(MATURITY_LEVELS),
        autonomy_enabled: z.boolean(),
        read_only_enabled: z.boolean(),
        allowed_risks: z.array(z.enum(RISKS)),
        approval_required_risks: z.array(z.enum(RISKS)),
      })),
      summary: z.object({ autonomous: z.number().int(), read_only: z.number().int(), by_level: z.record(z.string(), z.number().int()) }).describe('Over this page'),
      pagination: paginationSchema,
    }),
  },
  access: { table: 'read' },
});

export const fleetRoutes = [contextStats, autonomyStatus];
