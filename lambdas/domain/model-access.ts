import { Unprocessable } from '../shared/errors';
import type { Agent } from './agents/model';
import { type ModelAllowList, type Tier } from './tiers';

/**
 * Which models a workspace's agents may run (API.md "Model spend"): those its tier lists for the
 * provider. The `local` provider is deterministic and offline, so it is always allowed.
 */

type ModelChoice = Pick<Agent, 'llm_provider' | 'llm_model'>;

export const allowedModels = (list: ModelAllowList, tier: Tier, provider: Agent['llm_provider']): readonly string[] =>
  provider === 'local' ? [] : list[tier][provider];

export const isModelAllowed = (list: ModelAllowList, tier: Tier, choice: ModelChoice): boolean =>
  choice.llm_provider === 'local' || allowedModels(list, tier, choice.llm_provider).includes(choice.llm_model);

export const modelNotAllowedMessage = (list: ModelAllowList, tier: Tier, choice: ModelChoice): string =>
  `model ${choice.llm_model} of provider ${choice.llm_provider} is not available on the ${tier} tier; choose one of ${allowedModels(list, tier, choice.llm_provider).join(', ') || 'none'} or upgrade the tier`;

/** 422 MODEL_NOT_ALLOWED, its details listing the ids the tier allows for that provider. */
export const assertModelAllowed = (list: ModelAllowList, tier: Tier, choice: ModelChoice): void => {
  if (isModelAllowed(list, tier, choice)) return;
  throw new Unprocessable('MODEL_NOT_ALLOWED', modelNotAllowedMessage(list, tier, choice), [
    { field: 'llm_model', issue: 'not allowed on this tier', provider: choice.llm_provider, model: choice.llm_model, tier, allowed: [...allowedModels(list, tier, choice.llm_provider)] },
  ]);
};
