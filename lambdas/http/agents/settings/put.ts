import { withSettings } from '../../../domain/agents/settings';
import { httpHandler } from '../../../shared/http';
import { ok } from '../../../shared/reply';
import { changeAgent } from '../../../use-cases/agents/change';
import { putSettings } from '../subresource-routes';
import { settingsView } from '../subresource-views';

export const handler = httpHandler(putSettings, async ({ params, body, principal, ifMatch }) => {
  const agent = await changeAgent(principal, params.agent, ifMatch, (current, now) => withSettings(current, body, now));
  return ok({ settings: settingsView(agent) }, { version: agent.version });
});
