import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { currentWorkspace } from '../../shared/principal';
import { loadPersona } from '../../use-cases/personas/authorize';
import { getPersona } from './routes';
import { personaView } from './views';

export const handler = httpHandler(getPersona, async ({ params, principal }) => {
  const persona = await loadPersona(currentWorkspace(principal), params.persona);
  return ok({ persona: personaView(persona) }, { version: persona.version });
});
