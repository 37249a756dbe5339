import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { deletePersona } from '../../use-cases/personas/delete';
import * as routes from './routes';

export const handler = httpHandler(routes.deletePersona, async ({ params, principal }) => {
  const persona = await deletePersona(principal, params.persona);
  return ok({ deleted: true, persona_id: persona.id });
});
