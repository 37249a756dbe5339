import * as z from 'zod';
import { MAX_TEMPLATE_PLUGINS, TEMPLATE_NAME_PATTERN } from '../../domain/agents/templates';
import { agentFields, configurationSchema } from '../agents/schemas';

const templateName = z
  .string()
  .regex(TEMPLATE_NAME_PATTERN, 'lowercase letters, digits and -, 1–64 characters, not starting or ending with -')
  .describe('The template name, as `template` on create names it');

export const templateParams = z.strictObject({ template: templateName });

/** PUT replaces a template whole: what is left out is empty (null, [] or {}), and fills nothing on create. */
export const putTemplateBody = z.strictObject({
  description: z.string().trim().max(500).nullable().default(null).describe('What the template is for'),
  type: agentFields.type.nullable().default(null).describe("The new agent's `type`; null: the create default"),
  system_prompt: agentFields.system_prompt.default(null),
  instruction_template: agentFields.instruction_template.default(null),
  capabilities: agentFields.capabilities.default([]),
  configuration: configurationSchema.default({}).describe("LLM settings, under the create request's own key by key"),
  plugin_ids: z
    .array(z.string().trim().min(1).max(100))
    .max(MAX_TEMPLATE_PLUGINS)
    .transform((ids) => [...new Set(ids)])
    .default([])
    .describe(
      [
        `Plugins (ids or names, highest priority first, at most ${MAX_TEMPLATE_PLUGINS})`,
        'assigned to each agent created from the template;',
        'each must be enabled in the workspace when the agent is created (422 PLUGIN_NOT_ENABLED otherwise)',
      ].join(' '),
    ),
});

export const createTemplateBody = putTemplateBody.extend({ name: templateName });

const timestamp = z.string().describe('ISO-8601 UTC');

export const templateSchema = z.object({
  name: z.string(),
  source: z.enum(['built-in', 'workspace']).describe('Built-in templates are the same in every workspace and cannot be changed'),
  description: z.string().nullable(),
  type: z.string().nullable(),
  system_prompt: z.string().nullable(),
  instruction_template: z.string().nullable(),
  capabilities: z.array(z.string()),
  configuration: z.record(z.string(), z.unknown()),
  plugin_ids: z.array(z.string()),
  version: z.number().int().nullable().describe('Counts replacements of a workspace template; null for built-in ones'),
  created_at: timestamp.nullable(),
  updated_at: timestamp.nullable(),
  updated_by: z.string().nullable(),
});
