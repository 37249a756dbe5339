import * as z from 'zod';
import { RISKS } from '../../../domain/governance';
import { MAX_PLUGINS_PER_AGENT } from '../../../domain/plugins/limits';
import { pluginRef, versionSummarySchema } from '../../plugins/schemas';

/** An agent's plugins and its assembled context (API.md §2 "Personas, plugins and context"). */

export const assignedPluginSchema = z.object({
  plugin_id: z.string(),
  name: z.string(),
  description: z.string(),
  priority: z.number().int().describe('0 = first = highest priority (the position in the list)'),
  version: z.string().nullable().describe('The version the agent runs: the workspace pin, else the latest'),
  pinned_version: z.string().nullable(),
  latest_version: z.string().nullable(),
  latest: versionSummarySchema.nullable(),
});

export const agentPluginsData = z.object({
  plugins: z.array(assignedPluginSchema),
  assignment_version: z.number().int().describe('Also the ETag; PUT honours If-Match against it'),
});

export const assignPluginsBody = z.strictObject({
  plugin_ids: z
    .array(pluginRef)
    .max(MAX_PLUGINS_PER_AGENT)
    .describe(
      [
        `Plugin ids (or names) in priority order, at most ${MAX_PLUGINS_PER_AGENT};`,
        'duplicates are dropped keeping the first; [] unassigns all',
      ].join(' '),
    ),
});

export const contextQuery = z.strictObject({
  max_tokens: z.coerce
    .number()
    .int()
    .min(1)
    .max(1_000_000)
    .optional()
    .describe('Budget: tier 2 documents are left out, lowest priority first, until the estimate fits'),
});

const pluginRefSchema = { plugin_id: z.string(), name: z.string(), version: z.string(), priority: z.number().int() };
const tokens = z.number().int();

export const contextSchema = z.object({
  agent_id: z.string(),
  persona: z.object({ id: z.string(), name: z.string() }).nullable(),
  persona_source: z.enum(['persona', 'custom']).nullable().describe("`custom`: the agent's custom_persona_prompt (use_custom_persona)"),
  persona_prompt: z.string().nullable(),
  system_prompt: z.string().nullable(),
  instruction_template: z.string().nullable(),
  plugins: z.array(z.object(pluginRefSchema)),
  tier1: z.array(z.object({ ...pluginRefSchema, summary: z.string(), tokens })).describe('One compact summary per assigned plugin'),
  tier2: z
    .array(z.object({ ...pluginRefSchema, content: z.string(), tokens }))
    .describe('Full skill and command documents per plugin, within the budget'),
  tools: z.array(
    z.object({
      plugin_id: z.string(),
      plugin_name: z.string().optional().describe('The plugin that provides the tool'),
      plugin_version: z.string().optional().describe("The plugin version whose schema dialect and compiler check this tool's input"),
      name: z.string(),
      description: z.string(),
      input_schema: z.record(z.string(), z.unknown()),
      risk: z.enum(RISKS),
      endpoint: z.string().nullable(),
    }),
  ),
  shadowed_tools: z
    .array(z.object({ plugin_id: z.string(), name: z.string(), shadowed_by: z.string() }))
    .describe('Tools a higher-priority plugin already offers under the same name'),
  skills: z.array(z.object({ plugin_id: z.string(), name: z.string(), description: z.string() })),
  commands: z.array(z.object({ plugin_id: z.string(), name: z.string(), description: z.string() })),
  required_credentials: z.array(z.string()),
  token_estimate: z
    .object({
      persona: tokens,
      system_prompt: tokens,
      instruction_template: tokens,
      tier1: tokens,
      tier2: tokens,
      tools: tokens,
      total: tokens,
    })
    .describe('Estimated at one token per four characters (tools: of their JSON)'),
  budget: z.object({
    max_tokens: z.number().int().nullable(),
    within_budget: z.boolean(),
    dropped: z.array(z.object({ ...pluginRefSchema, tokens })).describe('Tier 2 documents left out, lowest priority first'),
  }),
  assignment_version: z.number().int(),
});
