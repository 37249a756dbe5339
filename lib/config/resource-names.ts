import { Aws } from 'aws-cdk-lib';
import type { EnvironmentName } from './environment-config';

/**
 * Physical names that more than one stack needs to know. The files bucket is named rather than
 * referenced so that every function's S3 grant (`<bucket>/*`) is the same deterministic string in
 * every stack — cdk-nag acknowledgements match findings by that exact string.
 */
export const resourceNames = (env: EnvironmentName) => ({
  stack: (part: 'Data' | 'Events' | 'Api' | 'Operations') => `AgentPlatform-${env}-${part}`,
  eventBus: `agent-platform-${env}`,
  // Account and region make the name globally unique, as S3 requires.
  filesBucket: `agent-platform-${env}-files-${Aws.ACCOUNT_ID}-${Aws.REGION}`,
  credentialsKeyAlias: `alias/agent-platform-${env}-credentials`,
  // Named so route functions grant and address it by name, like the bucket, without a cross-stack reference.
  webhookDeliveryQueue: `agent-platform-${env}-webhook-deliveries`,
});
