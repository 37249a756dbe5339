import { assembleAgentContext } from '../../../use-cases/agents/assemble-context';
import { httpHandler } from '../../../shared/http';
import { ok } from '../../../shared/reply';
import { loadAgent } from '../../../use-cases/agents/authorize';
import { getAgentContext } from '../plugins/routes';

export const handler = httpHandler(getAgentContext, async ({ params, query, principal }) => {
  const agent = await loadAgent(principal, params.agent);
  const context = await assembleAgentContext(agent.workspace_id, agent, { maxTokens: query.max_tokens });
  return ok({ context: { ...context, tools: context.tools.map((t) => ({ ...t, endpoint: t.endpoint ?? null })) } });
});
