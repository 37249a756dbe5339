import type { Agent } from './model';
import { applyUpdate } from './plan';

/**
 * The LLM settings sub-resource (API.md: `/settings`): a flat view over `llm_provider`, `llm_model`
 * and the `temperature` / `max_tokens` of `configuration`. A `null` temperature or token limit
 * removes the agent's override, so the provider's default applies again.
 */

export interface LlmSettings {
  llm_provider: Agent['llm_provider'];
  llm_model: string;
  llm_temperature: number | null;
  max_tokens: number | null;
}

export type LlmSettingsChange = Partial<LlmSettings>;

export const settingsOf = (agent: Agent): LlmSettings => ({
  llm_provider: agent.llm_provider,
  llm_model: agent.llm_model,
  llm_temperature: agent.configuration.temperature ?? null,
  max_tokens: agent.configuration.max_tokens ?? null,
});

/** Absent fields stay; `null` clears an override; the rest goes through the agent's own update rules. */
export const withSettings = (agent: Agent, change: LlmSettingsChange, now: string): Agent => {
  const { llm_temperature, max_tokens, ...llm } = change;
  const { temperature: currentTemperature, max_tokens: currentMaxTokens, ...otherConfiguration } = agent.configuration;
  const temperature = llm_temperature === undefined ? currentTemperature : (llm_temperature ?? undefined);
  const maxTokens = max_tokens === undefined ? currentMaxTokens : (max_tokens ?? undefined);
  return {
    ...applyUpdate(agent, llm, now),
    configuration: {
      ...otherConfiguration,
      ...(temperature !== undefined ? { temperature } : {}),
      ...(maxTokens !== undefined ? { max_tokens: maxTokens } : {}),
    },
  };
};
