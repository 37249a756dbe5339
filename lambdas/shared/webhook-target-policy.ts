import type { WebhookTargetPolicy } from '../domain/webhooks/target';
import { optionalEnv } from './env';

/**
 * `WEBHOOK_LOOPBACK_TARGETS=allow` is set by the local runtime only (local/platform.ts), never by
 * CDK, so a developer can receive deliveries on `localhost`; deployed, it is absent and every
 * endpoint must be a public https:// URL. Its own variable rather than "environment is local":
 * a function missing its configuration must fail closed.
 */
export const WEBHOOK_LOOPBACK_ENV = 'WEBHOOK_LOOPBACK_TARGETS';

export const webhookTargetPolicy = (): WebhookTargetPolicy => ({ allowLoopback: optionalEnv(WEBHOOK_LOOPBACK_ENV) === 'allow' });
