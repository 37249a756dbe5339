import { readAgentCredentials } from '../../data/agent-credentials';
import { openIntegration } from '../../data/integration-credentials';
import type { Agent } from '../../domain/agents/model';
import { providerFailed } from '../../domain/executions/flow-errors';

/**
 * Where an agent's model turns go. With `llm_integration_id` set, the integration decides everything: its
 * provider, its `config.base_url` and its credentials (`OPENAI_API_KEY` or `API_KEY`); the agent's own
 * `llm_provider` and credentials are not consulted. Without one, the agent's provider and credentials apply.
 */

export interface ModelConnection {
  provider: Agent['llm_provider'];
  /** Read only when the provider needs them; `OPENAI_BASE_URL` names the endpoint of an OpenAI-compatible server. */
  credentials: () => Promise<Record<string, string>>;
}

export const modelConnection = async (
  agent: Pick<Agent, 'workspace_id' | 'id' | 'llm_provider' | 'llm_integration_id'>,
): Promise<ModelConnection> => {
  if (!agent.llm_integration_id)
    return { provider: agent.llm_provider, credentials: () => readAgentCredentials(agent.workspace_id, agent.id) };
  const opened = await openIntegration(agent.workspace_id, agent.llm_integration_id);
  if (!opened || opened.integration.kind !== 'llm') {
    throw providerFailed(
      `the agent's llm integration ${agent.llm_integration_id} no longer exists; ` +
        'set llm_integration_id to another llm integration or to null',
    );
  }
  const baseUrl = opened.integration.config.base_url;
  const credentials = { ...opened.credentials, ...(typeof baseUrl === 'string' ? { OPENAI_BASE_URL: baseUrl } : {}) };
  // An llm integration's provider was checked against the same list as an agent's when it was written.
  return { provider: opened.integration.provider as Agent['llm_provider'], credentials: async () => credentials };
};
