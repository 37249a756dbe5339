import { putPersona } from '../../data/personas';
import { newId } from '../../domain/ids';
import { newPersona } from '../../domain/personas';
import { httpHandler } from '../../shared/http';
import { created } from '../../shared/reply';
import { requirePersonaManager } from '../../use-cases/personas/authorize';
import { createPersona } from './routes';
import { personaView } from './views';

export const handler = httpHandler(createPersona, async ({ body, principal }) => {
  const workspaceId = requirePersonaManager(principal, 'create');
  const persona = newPersona(body, {
    id: newId('psn'),
    workspaceId,
    createdBy: principal.email || principal.user_id,
    now: new Date().toISOString(),
  });
  await putPersona(persona);
  return created({ persona: personaView(persona) }, `/api/personas/${persona.id}`, { version: persona.version });
});
