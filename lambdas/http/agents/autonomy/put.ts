import { applyUpdate } from '../../../domain/agents/plan';
import { httpHandler } from '../../../shared/http';
import { ok } from '../../../shared/reply';
import { changeAgent } from '../../../use-cases/agents/change';
import { putAutonomy } from '../subresource-routes';
import { autonomyView } from '../subresource-views';

export const handler = httpHandler(putAutonomy, async ({ params, body, principal, ifMatch }) => {
  const agent = await changeAgent(principal, params.agent, ifMatch, (current, now) =>
    applyUpdate(current, { autonomy_enabled: body.enabled }, now),
  );
  return ok({ autonomy: autonomyView(agent) }, { version: agent.version });
});
