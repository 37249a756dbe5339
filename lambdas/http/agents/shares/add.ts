import { httpHandler } from '../../shared/http';
import { created } from '../../shared/reply';
import { shareAgent } from './access-routes';
import { grant } from '../../use-cases/agents/grant-access';
import { entryView } from './views';

export const handler = httpHandler(shareAgent, async ({ params, body, principal }) => {
  const entry = await grant(principal, params.agent, body.email, body.access);
  return created({ share: entryView(entry) }, `/api/agents/${entry.agent_id}/share/${encodeURIComponent(entry.email)}`);
});
