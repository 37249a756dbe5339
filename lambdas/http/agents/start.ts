import { getAgentStats } from '../../data/agent-stats';
import { credentialEntries } from '../../data/agent-credential-entries';
import { assembleAgentContext } from '../../data/agent-context';
import { started } from '../../domain/agents/lifecycle';
import { credentialsInjection } from '../../domain/secrets/credentials';
import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { changeAgent } from './change-agent';
import { startAgent } from './routes';
import { agentView } from './views';

export const handler = httpHandler(startAgent, async ({ params, principal, ifMatch }) => {
  const agent = await changeAgent(principal, params.agent, ifMatch, started, 'agent.started');
  // Re-checked at every start: plugins and credentials change independently of the agent.
  const [context, held] = await Promise.all([assembleAgentContext(agent.workspace_id, agent), credentialEntries(agent)]);
  return ok(
    { agent: agentView(agent, await getAgentStats(agent.id)), credentials_injection: credentialsInjection(context.required_credentials, held.map((c) => c.name)) },
    { version: agent.version },
  );
});
