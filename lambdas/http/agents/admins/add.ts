import { httpHandler } from '../../../shared/http';
import { created } from '../../../shared/reply';
import { addAgentAdmin } from '../access-routes';
import { grant } from '../../../use-cases/agents/grant-access';
import { entryView } from '../views';

export const handler = httpHandler(addAgentAdmin, async ({ params, body, principal }) => {
  const entry = await grant(principal, params.agent, body.email, 'admin');
  return created({ admin: entryView(entry) }, `/api/agents/${entry.agent_id}/admins/${encodeURIComponent(entry.email)}`);
});
