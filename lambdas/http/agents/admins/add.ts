import { httpHandler } from '../../../shared/http';
import { created } from '../../../shared/reply';
import { grant } from '../../../use-cases/sharing/grant';
import * as routes from '../sharing-routes';
import { entryView } from '../views';

export const handler = httpHandler(routes.addAgentAdmin, async ({ params, body, principal }) => {
  const entry = await grant(principal, params.agent, body.email, 'admin');
  return created({ admin: entryView(entry) }, `/api/agents/${entry.agent_id}/admins/${encodeURIComponent(entry.email)}`);
});
