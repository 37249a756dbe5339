import { Aws } from 'aws-cdk-lib';
import { type ModelAllowList, TIERS } from '../../lambdas/domain/tiers';

/**
 * The Bedrock resources a model turn may invoke: exactly the environment's allowed models. A
 * cross-region inference profile (`eu.…`, `us.…`) is granted with the foundation model it routes
 * to, in whichever region the profile sends the request; a plain model id in this region only.
 */

const PROFILE_PREFIX = /^(eu|us|us-gov|apac|jp|au|ca|global)\./;

const arnsOf = (modelId: string): string[] => {
  const profile = PROFILE_PREFIX.exec(modelId);
  if (!profile) return [`arn:${Aws.PARTITION}:bedrock:${Aws.REGION}::foundation-model/${modelId}`];
  return [
    `arn:${Aws.PARTITION}:bedrock:${Aws.REGION}:${Aws.ACCOUNT_ID}:inference-profile/${modelId}`,
    `arn:${Aws.PARTITION}:bedrock:*::foundation-model/${modelId.slice(profile[0].length)}`,
  ];
};

export const allowedBedrockModels = (models: ModelAllowList): string[] => [...new Set(TIERS.flatMap((tier) => models[tier].bedrock))];

export const bedrockModelArns = (models: ModelAllowList): string[] => allowedBedrockModels(models).flatMap(arnsOf);
