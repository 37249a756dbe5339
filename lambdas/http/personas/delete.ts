import { agentsUsingPersona, deletePersona as removePersona } from '../../data/personas';
import { Conflict } from '../../shared/errors';
import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { loadPersona, requirePersonaManager } from '../../use-cases/personas/authorize';
import { deletePersona } from './routes';

export const handler = httpHandler(deletePersona, async ({ params, principal }) => {
  const workspaceId = requirePersonaManager(principal, 'delete');
  const persona = await loadPersona(workspaceId, params.persona);
  const users = await agentsUsingPersona(workspaceId, persona.id);
  if (users.length > 0) {
    throw new Conflict(
      'PERSONA_IN_USE',
      `persona ${persona.id} is used by ${users.map((a) => a.slug).join(', ')}; give those agents another persona (persona_id) first`,
      users.map((a) => ({ field: 'persona_id', issue: 'in use', agent_id: a.id, slug: a.slug, name: a.name })),
    );
  }
  await removePersona(persona);
  return ok({ deleted: true, persona_id: persona.id });
});
