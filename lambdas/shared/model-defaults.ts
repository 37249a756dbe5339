import type { Agent } from '../domain/agents/model';
import { optionalEnv } from './env';

/**
 * The model new agents get when neither the request nor the workspace names one: the environment
 * config's (Bedrock deployed), the offline `local` provider when nothing is configured.
 */
export const platformDefaultModel = {
  provider: (optionalEnv('DEFAULT_LLM_PROVIDER') ?? 'local') as Agent['llm_provider'],
  model: optionalEnv('DEFAULT_LLM_MODEL') ?? 'local-deterministic',
};
