import { platformInfo } from '../shared/platform';
import { Unprocessable } from './errors';
import type { Agent } from './agents/model';
import type { ModelAllowList, Tier } from './tiers';

/**
 * Which models a workspace's agents may run (API.md "Model spend"): those its tier lists for the
 * provider. The `local` provider is deterministic and offline: allowed (any model id) only in the
 * local runtime, never deployed.
 */

type ModelChoice = Pick<Agent, 'llm_provider' | 'llm_model'>;

/** Whether the offline `local` provider exists in this environment (`PLATFORM_ENV`). */
export const localProviderAvailable = (environment: string = platformInfo.environment): boolean => environment === 'local';

export const allowedModels = (list: ModelAllowList, tier: Tier, provider: Agent['llm_provider']): readonly string[] =>
  provider === 'local' ? [] : list[tier][provider];

export const isModelAllowed = (
  list: ModelAllowList,
  tier: Tier,
  choice: ModelChoice,
  environment: string = platformInfo.environment,
): boolean =>
  choice.llm_provider === 'local'
    ? localProviderAvailable(environment)
    : allowedModels(list, tier, choice.llm_provider).includes(choice.llm_model);

export const modelNotAllowedMessage = (list: ModelAllowList, tier: Tier, choice: ModelChoice): string =>
  choice.llm_provider === 'local'
    ? 'provider local exists only in the local runtime; choose bedrock or openai-compatible'
    : `model ${choice.llm_model} of provider ${choice.llm_provider} is not available on the ${tier} tier; ` +
      `choose one of ${allowedModels(list, tier, choice.llm_provider).join(', ') || 'none'} or upgrade the tier`;

/** 422 MODEL_NOT_ALLOWED, its details listing the ids the tier allows for that provider. */
export const assertModelAllowed = (
  list: ModelAllowList,
  tier: Tier,
  choice: ModelChoice,
  environment: string = platformInfo.environment,
): void => {
  if (isModelAllowed(list, tier, choice, environment)) return;
  throw new Unprocessable('MODEL_NOT_ALLOWED', modelNotAllowedMessage(list, tier, choice), [
    {
      field: choice.llm_provider === 'local' ? 'llm_provider' : 'llm_model',
      issue: choice.llm_provider === 'local' ? 'not available in this environment' : 'not allowed on this tier',
      provider: choice.llm_provider,
      model: choice.llm_model,
      tier,
      allowed: [...allowedModels(list, tier, choice.llm_provider)],
    },
  ]);
};

/** 422 MODEL_NOT_ALLOWED for a workspace's `default_llm` naming the `local` provider outside the local runtime. */
export const assertProviderAvailable = (provider: Agent['llm_provider'], environment: string = platformInfo.environment): void => {
  if (provider !== 'local' || localProviderAvailable(environment)) return;
  throw new Unprocessable('MODEL_NOT_ALLOWED', 'provider local exists only in the local runtime; choose bedrock or openai-compatible', [
    { field: 'default_llm.provider', issue: 'not available in this environment' },
  ]);
};
