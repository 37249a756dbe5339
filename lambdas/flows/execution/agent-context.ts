import { assembleAgentContext } from '../../use-cases/agents/assemble-context';
import type { Agent } from '../../domain/agents/model';
import type { PromptContext } from '../../domain/executions/prompt';

/** How much of the assembled context (persona, plugin summaries and docs) a run's prompt may take. */
export const CONTEXT_TOKEN_BUDGET = 8_000;

/** The agent's assembled context, as the prompt and the tool catalog read it. */
export const contextFor = async (agent: Agent): Promise<PromptContext> =>
  assembleAgentContext(agent.workspace_id, agent, { maxTokens: CONTEXT_TOKEN_BUDGET });
