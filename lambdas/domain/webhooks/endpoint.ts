import { PUBLIC_EVENTS } from '../../shared/event-types';
import { type BreakerState, CLOSED_BREAKER } from './breaker';
import type { SealedSecret, StoredWebhook, Webhook, WebhookSubscription } from './model';

/** The rules of an endpoint's lifecycle (API.md "Events and webhooks"): plain values, no storage. */

export interface WebhookInput {
  url: string;
  events: WebhookSubscription;
  description?: string | null;
  enabled?: boolean;
}

/**
 * Why a subscription is refused, one problem per offending entry (empty: it is valid). `*` stands
 * alone; an event listed twice is refused rather than collapsed, so what is stored is what was sent.
 */
export const subscriptionProblems = (events: readonly string[]): { index: number; issue: string }[] => {
  if (events.length === 0) return [{ index: -1, issue: 'name at least one event, or ["*"] for every event' }];
  if (events.includes('*') && events.length > 1)
    return [{ index: events.indexOf('*'), issue: '"*" already covers every event: send ["*"] alone' }];
  return events.flatMap((event, index) => {
    if (event !== '*' && !(PUBLIC_EVENTS as readonly string[]).includes(event))
      return [{ index, issue: `${event} is not an event; one of ${PUBLIC_EVENTS.join(', ')}` }];
    if (events.indexOf(event) !== index) return [{ index, issue: `${event} is listed twice` }];
    return [];
  });
};

export const newWebhook = (
  input: WebhookInput,
  context: { id: string; workspaceId: string; createdBy: string; now: string; secret: SealedSecret },
): StoredWebhook => ({
  id: context.id,
  workspace_id: context.workspaceId,
  url: input.url,
  events: input.events,
  description: input.description ?? null,
  enabled: input.enabled ?? true,
  disabled_reason: null,
  failing_since: null,
  ...CLOSED_BREAKER,
  secrets: [context.secret],
  created_by: context.createdBy,
  created_at: context.now,
  updated_at: context.now,
  version: 1,
});

export type WebhookChanges = Partial<
  Pick<Webhook, 'url' | 'events' | 'description' | 'enabled' | 'disabled_reason' | 'failing_since'> & BreakerState
> & { updated_at: string };

/**
 * What a PATCH sets. Turning an endpoint on or off by hand clears why the platform disabled it;
 * re-enabling it, or pointing it at another URL, starts its failure record and its breaker afresh
 * (the 5-day rule counts from the next failure, not from the old ones).
 */
export const webhookChanges = (patch: Partial<WebhookInput>, now: string): WebhookChanges => ({
  ...(patch.url !== undefined ? { url: patch.url, failing_since: null, ...CLOSED_BREAKER } : {}),
  ...(patch.events !== undefined ? { events: patch.events } : {}),
  ...(patch.description !== undefined ? { description: patch.description } : {}),
  ...(patch.enabled !== undefined ? { enabled: patch.enabled, disabled_reason: null } : {}),
  ...(patch.enabled === true ? { failing_since: null, ...CLOSED_BREAKER } : {}),
  updated_at: now,
});

/** Until when the secret rotated out last still signs (null: none does). */
export const previousSecretExpiry = (secrets: readonly SealedSecret[]): string | null =>
  secrets.find((s) => s.expires_at !== null)?.expires_at ?? null;
