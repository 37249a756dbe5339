import { httpHandler } from '../../shared/http';
import { created } from '../../shared/reply';
import { createPersona } from '../../use-cases/personas/create';
import * as routes from './routes';
import { personaView } from './views';

export const handler = httpHandler(routes.createPersona, async ({ body, principal }) => {
  const persona = await createPersona(principal, body);
  return created({ persona: personaView(persona) }, `/api/personas/${persona.id}`, { version: persona.version });
});
