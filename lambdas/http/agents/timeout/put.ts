import { applyUpdate } from '../../../domain/agents/plan';
import { httpHandler } from '../../../shared/http';
import { ok } from '../../../shared/reply';
import { changeAgent } from '../../../use-cases/agents/change';
import { putTimeout } from '../subresource-routes';
import { timeoutView } from '../subresource-views';

export const handler = httpHandler(putTimeout, async ({ params, body, principal, ifMatch }) => {
  const agent = await changeAgent(principal, params.agent, ifMatch, (current, now) =>
    applyUpdate(current, { timeout_seconds: body.timeout_seconds }, now),
  );
  return ok({ timeout: timeoutView(agent) }, { version: agent.version });
});
