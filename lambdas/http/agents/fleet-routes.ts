import * as z from 'zod';
import { MATURITY_LEVELS } from '../../domain/agents/model';
import { RISKS } from '../../domain/governance';
import { paginationQuery, paginationSchema } from '../pagination';
import { route } from '../../shared/route';

const fleetQuery = z.strictObject({
  ...paginationQuery,
  sort: z.enum(['created_at', 'name', 'updated_at']).default('name'),
  order: z.enum(['asc', 'desc']).default('asc'),
});

const agentIdentity = { id: z.string(), slug: z.string(), name: z.string() };

const contextSizes = {
  persona_prompt_tokens: z.number().int().describe("The persona's prompt: the custom one, or the workspace persona's"),
  system_prompt_tokens: z.number().int(),
  instruction_template_tokens: z.number().int(),
  tier1_tokens: z.number().int().describe("The assigned plugins' tier 1 summaries"),
  tier2_tokens: z
    .number()
    .int()
    .describe("The assigned plugins' tier 2 documents (skills and commands), before any budget leaves some out"),
  tools_tokens: z.number().int().describe('The tool definitions a model is sent'),
  estimated_tokens: z.number().int().describe('The sum of the parts'),
};

export const contextStats = route({
  method: 'GET',
  path: '/api/agents/context-stats',
  handler: 'agents/context/stats',
  errors: ['SERVICE_UNAVAILABLE', 'WORKSPACE_NOT_FOUND'],
  summary: 'Fleet view: the size of each visible agent’s standing context',
  description: [
    'Counts what context assembly (`GET /api/agents/{agent}/context`) counts, with the same estimator ' +
      '(characters / 4, rounded up): the persona prompt, system prompt, instruction template, ' +
      "the assigned plugins' tier 1 summaries and tier 2 documents at the versions they run now, and the tool definitions; " +
      "untrimmed, before a run's token budget leaves tier 2 documents out.",
    '`totals` cover every agent the caller can see, not only this page, so each request reads the whole visible fleet: ' +
      "the workspace's live agents (members: their own, assigned and shared ones; one query per 1 MB), " +
      'their plugin assignments and personas (one batch read per 100), ' +
      "the plugins they run with their enablements and those plugins' versions (one batch read each per 100 distinct). " +
      "The cost grows with the fleet (bounded by the tier's agent limit), not with the page; " +
      'the page is then cut from the sorted fleet in memory.',
  ].join('\n\n'),
  auth: 'user',
  scopes: ['read'],
  query: fleetQuery,
  response: {
    status: 200,
    description: 'Context sizes',
    data: z.object({
      agents: z.array(z.object({ ...agentIdentity, ...contextSizes })),
      totals: z.object({ agents: z.number().int(), ...contextSizes }).describe('Over every agent the caller can see, not only this page'),
      pagination: paginationSchema,
    }),
  },
  access: { table: 'read' },
});

export const autonomyStatus = route({
  method: 'GET',
  path: '/api/agents/autonomy-status',
  handler: 'agents/autonomy/status',
  errors: ['SERVICE_UNAVAILABLE', 'WORKSPACE_NOT_FOUND'],
  summary: 'Fleet view: what each visible agent may do on its own, by maturity level, read-only and autonomy',
  auth: 'user',
  scopes: ['read'],
  query: fleetQuery,
  response: {
    status: 200,
    description: 'Autonomy per agent',
    data: z.object({
      agents: z.array(
        z.object({
          ...agentIdentity,
          maturity_level: z.enum(MATURITY_LEVELS),
          autonomy_enabled: z.boolean(),
          read_only_enabled: z.boolean(),
          allowed_risks: z.array(z.enum(RISKS)),
          approval_required_risks: z.array(z.enum(RISKS)),
        }),
      ),
      summary: z
        .object({ autonomous: z.number().int(), read_only: z.number().int(), by_level: z.record(z.string(), z.number().int()) })
        .describe('Over this page'),
      pagination: paginationSchema,
    }),
  },
  access: { table: 'read' },
});

export const fleetRoutes = [contextStats, autonomyStatus];
