import { httpHandler } from '../../../shared/http';
import { ok } from '../../../shared/reply';
import { loadAgent } from '../../../use-cases/agents/authorize';
import { getSettings } from '../subresource-routes';
import { settingsView } from '../subresource-views';

export const handler = httpHandler(getSettings, async ({ params, principal }) => {
  const agent = await loadAgent(principal, params.agent);
  return ok({ settings: settingsView(agent) }, { version: agent.version });
});
