import type { Persona } from '../../domain/personas';

export const personaView = (p: Persona) => ({
  id: p.id,
  workspace_id: p.workspace_id,
  name: p.name,
  description: p.description,
  system_prompt: p.system_prompt,
  created_by: p.created_by,
  created_at: p.created_at,
  updated_at: p.updated_at,
  version: p.version,
});
