import type { Agent } from '../domain/agents/model';
import type { AgentDefaults } from '../domain/agents/plan';
import { integrationDefaultsOf } from '../domain/integrations';
import type { Workspace } from '../domain/workspaces';
import { optionalEnv } from './env';

/**
 * The model new agents get when neither the request nor the workspace names one: the environment
 * config's (Bedrock deployed), the offline `local` provider when nothing is configured.
 */
export const platformDefaultModel = {
  provider: (optionalEnv('DEFAULT_LLM_PROVIDER') ?? 'local') as Agent['llm_provider'],
  model: optionalEnv('DEFAULT_LLM_MODEL') ?? 'local-deterministic',
};

/** The model a new agent runs when its request names none: the workspace's `default_llm`, else the environment's. */
export const newAgentModel = (workspace: Pick<Workspace, 'default_llm'>): Pick<Agent, 'llm_provider' | 'llm_model'> => ({
  llm_provider: workspace.default_llm?.provider ?? platformDefaultModel.provider,
  llm_model: workspace.default_llm?.model ?? platformDefaultModel.model,
});

/** The model parameters a new agent starts from: those of the workspace's `default_llm` that are set. */
export const newAgentParameters = (workspace: Pick<Workspace, 'default_llm'>): Record<string, number> => {
  const { temperature, max_tokens } = workspace.default_llm ?? {};
  return { ...(temperature !== undefined ? { temperature } : {}), ...(max_tokens !== undefined ? { max_tokens } : {}) };
};

/** What a new agent in this workspace gets for what neither its request nor its template says. */
export const newAgentDefaults = (workspace: Workspace): AgentDefaults => {
  const integrations = integrationDefaultsOf(workspace);
  return {
    ...newAgentModel(workspace),
    llm_integration_id: integrations.llm,
    embedding_integration_id: integrations.embedding,
    storage_integration_id: integrations.storage,
    configuration: newAgentParameters(workspace),
  };
};
