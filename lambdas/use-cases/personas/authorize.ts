import { getPersona, personaNotFound } from '../../data/personas';
import type { Persona } from '../../domain/personas';
import { managesWorkspace } from '../../domain/workspaces';
import { Forbidden } from '../../domain/errors';
import { currentWorkspace, type Principal } from '../../shared/principal';

/** Personas belong to the caller's current workspace: every member reads them, owners and admins change them. */

export const requirePersonaManager = (principal: Principal, action: string): string => {
  const workspaceId = currentWorkspace(principal);
  if (!managesWorkspace(principal)) throw new Forbidden(`only workspace owners and admins may ${action} personas`);
  return workspaceId;
};

/** A persona of another workspace is indistinguishable from an absent one: 404. */
export const loadPersona = async (workspaceId: string, id: string): Promise<Persona> => {
  const persona = await getPersona(workspaceId, id);
  if (!persona) throw personaNotFound(id);
  return persona;
};
