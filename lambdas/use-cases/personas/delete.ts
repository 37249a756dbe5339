import * as personas from '../../data/personas';
import type { Persona } from '../../domain/personas';
import { Conflict } from '../../domain/errors';
import type { Principal } from '../../shared/principal';
import { loadPersona, requirePersonaManager } from './authorize';

/**
 * Deleting a persona, the primary course:
 * 1. the caller manages the current workspace's personas, and the persona is the workspace's;
 * 2. delete it while no agent uses it, checked in the same transaction (409 PERSONA_IN_USE naming them).
 */
export const deletePersona = async (principal: Principal, ref: string): Promise<Persona> => {
  const workspaceId = requirePersonaManager(principal, 'delete');
  const persona = await loadPersona(workspaceId, ref);
  if (await personas.deleteUnusedPersona(persona)) return persona;
  const users = await personas.agentsUsingPersona(workspaceId, persona.id);
  throw new Conflict(
    'PERSONA_IN_USE',
    `persona ${persona.id} is used by ${users.length > 0 ? users.map((a) => a.slug).join(', ') : 'agents'}; ` +
      'give those agents another persona (persona_id) first',
    users.map((a) => ({ field: 'persona_id', issue: 'in use', agent_id: a.id, slug: a.slug, name: a.name })),
  );
};
