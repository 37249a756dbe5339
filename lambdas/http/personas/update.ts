import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { updatePersona } from '../../use-cases/personas/update';
import * as routes from './routes';
import { personaView } from './views';

export const handler = httpHandler(routes.updatePersona, async ({ params, body, principal, ifMatch }) => {
  const persona = await updatePersona(principal, params.persona, body, ifMatch);
  return ok({ persona: personaView(persona) }, { version: persona.version });
});
