import * as personas from '../../data/personas';
import type { Persona, PersonaChanges } from '../../domain/personas';
import type { Principal } from '../../shared/principal';
import { loadPersona, requirePersonaManager } from './authorize';

/**
 * Changing a persona (some fields, or all of them), the primary course:
 * 1. the caller manages the current workspace's personas, and the persona is the workspace's;
 * 2. store the changes while it is still at the version `If-Match` names, else the one read (412 VERSION_CONFLICT).
 */
export const updatePersona = async (
  principal: Principal,
  ref: string,
  changes: PersonaChanges,
  ifMatch: number | undefined,
): Promise<Persona> => {
  const workspaceId = requirePersonaManager(principal, 'change');
  const current = await loadPersona(workspaceId, ref);
  return personas.updatePersona(workspaceId, current.id, ifMatch ?? current.version, {
    ...changes,
    updated_at: new Date().toISOString(),
  });
};
