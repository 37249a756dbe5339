import { applyUpdate } from '../../../domain/agents/plan';
import { httpHandler } from '../../../shared/http';
import { ok } from '../../../shared/reply';
import { changeAgent } from '../../../use-cases/agents/change';
import { putReadOnly } from '../subresource-routes';
import { readOnlyView } from '../subresource-views';

export const handler = httpHandler(putReadOnly, async ({ params, body, principal, ifMatch }) => {
  const agent = await changeAgent(principal, params.agent, ifMatch, (current, now) =>
    applyUpdate(current, { read_only_enabled: body.enabled }, now),
  );
  return ok({ read_only: readOnlyView(agent) }, { version: agent.version });
});
