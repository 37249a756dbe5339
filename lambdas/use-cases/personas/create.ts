import { putPersona } from '../../data/personas';
import { newId } from '../../domain/ids';
import { newPersona, type Persona } from '../../domain/personas';
import type { Principal } from '../../shared/principal';
import { requirePersonaManager } from './authorize';

/**
 * Creating a persona, the primary course:
 * 1. the caller manages the current workspace's personas;
 * 2. plan the persona (domain/personas.ts) and store it.
 */
export const createPersona = async (
  principal: Principal,
  input: Pick<Persona, 'name' | 'system_prompt'> & { description?: string | null },
): Promise<Persona> => {
  const workspaceId = requirePersonaManager(principal, 'create');
  const persona = newPersona(input, {
    id: newId('psn'),
    workspaceId,
    createdBy: principal.email || principal.user_id,
    now: new Date().toISOString(),
  });
  await putPersona(persona);
  return persona;
};
