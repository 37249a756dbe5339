import type { Sealed } from '../secrets/sealed';
import type { PlatformEvent } from '../../shared/event-types';
import type { BreakerState } from './breaker';

/**
 * Webhook endpoints and their deliveries (API.md "Events and webhooks", Standard Webhooks v1).
 * Shared by the webhook routes (`lambdas/http/webhooks`) and the delivery path (`lambdas/events`).
 */

/** A workspace's endpoints (the tier table may lower it; never raise past this without a design change). */
export const MAX_WEBHOOKS_PER_WORKSPACE = 20;

/**
 * A workspace's endpoints on one host name (any port): one event already reaches a host once per
 * endpoint, so many endpoints on one host would multiply what a tenant can aim at someone else's server.
 */
export const MAX_WEBHOOKS_PER_HOST = 3;

/** The host an endpoint counts against (URL lower-cases it; IPv6 keeps its brackets). */
export const webhookHost = (url: string): string => new URL(url).hostname;

/** `*` subscribes to every public event, including ones added later. */
export type WebhookSubscription = readonly (PlatformEvent | '*')[];

/** A signing secret: `whsec_` + base64 of 32 random bytes, sealed with a data key wrapped for the workspace. */
export interface SealedSecret {
  sealed: Sealed;
  /** The data key, wrapped (KMS deployed, the local key locally), with context `{workspace_id, webhook_id}`. */
  wrapped_key: string;
  /** Until when the secret still signs (a rotated-out secret signs for 24 h); null: current. */
  expires_at: string | null;
}

/** The breaker's attributes (breaker.ts) sit on the endpoint's item, read with it at no extra cost. */
export interface Webhook extends BreakerState {
  id: string; // whk_<ulid>
  workspace_id: string;
  url: string;
  events: WebhookSubscription;
  description: string | null;
  enabled: boolean;
  /**
   * Why it was disabled by the platform (`gone`: answered 410; `failing`: 5 days of
   * failures); null when enabled or disabled by a person.
   */
  disabled_reason: 'gone' | 'failing' | null;
  /** When the current run of failed attempts began; null after any success. 5 days of it disables the endpoint. */
  failing_since: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
  version: number;
}

/** The stored endpoint: the view above plus its secrets, newest first (at most 2: current and the one rotated out). */
export interface StoredWebhook extends Webhook {
  secrets: SealedSecret[];
}

export const DELIVERY_STATUSES = ['pending', 'delivered', 'retrying', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** One event for one endpoint. `event_id` is the `webhook-id` header: the same on every attempt. */
export interface Delivery {
  id: string; // dlv_<ulid>
  webhook_id: string;
  workspace_id: string;
  event_id: string;
  event: PlatformEvent;
  status: DeliveryStatus;
  attempts: number;
  last_status_code: number | null;
  next_attempt_at: string | null;
  created_at: string;
  updated_at: string;
}

/** One HTTP attempt of a delivery: kept as its own item so a delivery's log never nears the item size limit. */
export interface DeliveryAttempt {
  number: number; // 1-based
  at: string;
  status_code: number | null;
  latency_ms: number;
  /** Why it failed: `answered HTTP <status>` (and why it is not retried), or a class of AttemptFailure; null when delivered. */
  error: string | null;
  /** The first RESPONSE_BODY_KEPT bytes of the answer: no more is read. */
  response_body: string | null;
  next_attempt_at: string | null;
}

/** Enough to see a receiver's error message; too little to turn the log into a reader of other servers' pages. */
export const RESPONSE_BODY_KEPT = 1024;

/** At most RESPONSE_BODY_KEPT bytes of `body`, also for attempts stored when more was kept. */
export const keptBody = (body: string | null): string | null => {
  if (body === null) return null;
  const bytes = Buffer.from(body, 'utf8');
  // A character cut in two decodes as U+FFFD, longer than the byte it replaces: drop it.
  return bytes.length <= RESPONSE_BODY_KEPT
    ? body
    : bytes
        .subarray(0, RESPONSE_BODY_KEPT)
        .toString('utf8')
        .replace(/\uFFFD+$/, '');
};
export const DELIVERY_TIMEOUT_MS = 10_000;
/** A rotated-out secret keeps signing this long, so receivers can roll over. */
export const SECRET_OVERLAP_MS = 24 * 60 * 60 * 1000;
