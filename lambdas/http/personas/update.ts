import { updatePersona } from '../../data/personas';
import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { loadPersona, requirePersonaManager } from '../../use-cases/personas/authorize';
import * as routes from './routes';
import { personaView } from './views';

export const handler = httpHandler(routes.updatePersona, async ({ params, body, principal, ifMatch }) => {
  const workspaceId = requirePersonaManager(principal, 'change');
  const current = await loadPersona(workspaceId, params.persona);
  const persona = await updatePersona(workspaceId, current.id, ifMatch ?? current.version, {
    ...body,
    updated_at: new Date().toISOString(),
  });
  return ok({ persona: personaView(persona) }, { version: persona.version });
});
