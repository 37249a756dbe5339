import * as z from 'zod';
import { BREAKER_COOLDOWN_MAX_MS, BREAKER_COOLDOWN_MS, BREAKER_THRESHOLD } from '../../domain/webhooks/breaker';
import { subscriptionProblems } from '../../domain/webhooks/endpoint';
import { checkWebhookUrl, WEBHOOK_PORTS, WEBHOOK_URL_MAX } from '../../domain/webhooks/target';
import { PUBLIC_EVENTS } from '../../shared/event-types';
import { webhookTargetPolicy } from '../../shared/webhook-target-policy';

const timestamp = z.string().describe('ISO-8601 UTC');
const subscription = z.array(z.enum([...PUBLIC_EVENTS, '*']));

const url = z
  .string()
  .max(WEBHOOK_URL_MAX)
  .superRefine((raw, ctx) => {
    const verdict = checkWebhookUrl(raw, webhookTargetPolicy());
    if (!verdict.ok) ctx.addIssue({ code: 'custom', message: `url is refused: ${verdict.reason}` });
  })
  .describe(
    [
      'Where deliveries are POSTed: an absolute https:// URL with a public host,',
      `on port ${WEBHOOK_PORTS}, and no user:password@ (at most 2048 characters)`,
    ].join(' '),
  );

const events = subscription
  .superRefine((list, ctx) => {
    for (const problem of subscriptionProblems(list))
      ctx.addIssue({ code: 'custom', path: problem.index < 0 ? [] : [problem.index], message: problem.issue });
  })
  .describe(`The events to receive, each at most once; or ["*"] for every public event, including ones added later`);

const description = z.string().trim().max(500).nullable().describe('What the endpoint is for');
const enabled = z.boolean().describe('Off: nothing is delivered to it. Turning it on again clears a disabled_reason the platform set');

export const createWebhookBody = z.strictObject({ url, events, description: description.optional(), enabled: enabled.default(true) });
export const updateWebhookBody = z.strictObject({
  url: url.optional(),
  events: events.optional(),
  description: description.optional(),
  enabled: enabled.optional(),
});

export const webhookSchema = z.object({
  id: z.string(),
  workspace_id: z.string(),
  url: z.string(),
  events: subscription,
  description: z.string().nullable(),
  enabled: z.boolean(),
  disabled_reason: z
    .enum(['gone', 'failing'])
    .nullable()
    .describe('Set when the platform disabled it: `gone` (it answered 410), `failing` (every attempt failed for 5 days)'),
  failing_since: timestamp.nullable().describe('When its current run of failed attempts began; null after a success'),
  circuit: z
    .object({ state: z.enum(['closed', 'open']), until: timestamp.optional().describe('When open: until when') })
    .describe(
      [
        `The endpoint's breaker: after ${BREAKER_THRESHOLD} failed attempts in a row it opens for ${BREAKER_COOLDOWN_MS / 1000} s,`,
        `twice as long each time it opens again (at most ${BREAKER_COOLDOWN_MAX_MS / 60_000} min);`,
        'while open, deliveries wait unattempted (no attempt is counted);',
        'after it one attempt probes while the others wait, and a failed probe opens it again.',
        'A success, a new url or re-enabling closes it',
      ].join(' '),
    ),
  created_by: z.string(),
  created_at: timestamp,
  updated_at: timestamp,
  version: z.number().int(),
});

export const webhookWithSecretSchema = webhookSchema.extend({
  secret: z.string().describe('`whsec_…`: verify deliveries with it (Standard Webhooks). Shown in this answer only'),
});

export const webhookParams = z.strictObject({ webhook: z.string().min(1).max(64).describe('The endpoint id (`whk_…`)') });

export const WEBHOOK_IMMUTABLE = [
  'id',
  'workspace_id',
  'secret',
  'secrets',
  'disabled_reason',
  'failing_since',
  'circuit',
  'created_by',
  'created_at',
  'updated_at',
  'version',
] as const;
