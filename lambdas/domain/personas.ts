/**
 * Personas (API.md §2): a named system prompt an agent of the same workspace can adopt through
 * `persona_id`. Plain values; storage and HTTP live elsewhere.
 */

export const PERSONA_PROMPT_MAX = 20_000;
export const PERSONA_NAME_MAX = 100;
export const PERSONA_DESCRIPTION_MAX = 500;

export interface Persona {
  id: string;
  workspace_id: string;
  name: string;
  description: string | null;
  system_prompt: string;
  created_by: string;
  created_at: string;
  updated_at: string;
  version: number;
}

export type PersonaChanges = Partial<Pick<Persona, 'name' | 'description' | 'system_prompt'>>;

export const newPersona = (
  input: Pick<Persona, 'name' | 'system_prompt'> & { description?: string | null },
  context: { id: string; workspaceId: string; createdBy: string; now: string },
): Persona => ({
  id: context.id,
  workspace_id: context.workspaceId,
  name: input.name,
  description: input.description ?? null,
  system_prompt: input.system_prompt,
  created_by: context.createdBy,
  created_at: context.now,
  updated_at: context.now,
  version: 1,
});
