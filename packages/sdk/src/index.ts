export { AgentPlatform } from './client';
export type { ClientOptions } from './config';
export * from './errors';
export type { CreateOptions, ExecuteOptions, UpdateOptions } from './resources/agents';
export type { PublishOptions } from './resources/plugins';
export { settledStatuses, type WaitOptions } from './resources/executions';
export type * from './types';
export {
  verifyWebhook,
  WebhookVerificationError,
  type VerifyWebhookOptions,
  type WebhookHeaders,
  type WebhookVerificationCode,
} from './webhooks';
