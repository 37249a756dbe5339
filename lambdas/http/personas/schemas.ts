import * as z from 'zod';
import { PERSONA_DESCRIPTION_MAX, PERSONA_NAME_MAX, PERSONA_PROMPT_MAX } from '../../domain/personas';

const timestamp = z.string().describe('ISO-8601 UTC');

export const personaSchema = z.object({
  id: z.string(),
  workspace_id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  system_prompt: z.string(),
  created_by: z.string(),
  created_at: timestamp,
  updated_at: timestamp,
  version: z.number().int(),
});

const fields = {
  name: z.string().trim().min(1).max(PERSONA_NAME_MAX).describe('Shown wherever the persona is chosen'),
  description: z.string().trim().max(PERSONA_DESCRIPTION_MAX).nullable().describe('What the persona is for'),
  system_prompt: z
    .string()
    .min(1)
    .max(PERSONA_PROMPT_MAX)
    .describe("The prompt an agent adopting the persona runs with (the context's `persona_prompt`)"),
};

export const createPersonaBody = z.strictObject({ ...fields, description: fields.description.optional() });
export const updatePersonaBody = z.strictObject({
  name: fields.name.optional(),
  description: fields.description.optional(),
  system_prompt: fields.system_prompt.optional(),
});

/** PUT replaces the persona whole: a description left out is cleared, as `null` clears it. */
export const replacePersonaBody = z.strictObject({ ...fields, description: fields.description.optional().transform((d) => d ?? null) });

export const personaParams = z.strictObject({ persona: z.string().min(1).max(64).describe('The persona id (`psn_…`)') });

export const PERSONA_IMMUTABLE = ['id', 'workspace_id', 'created_by', 'created_at', 'updated_at', 'version'] as const;
