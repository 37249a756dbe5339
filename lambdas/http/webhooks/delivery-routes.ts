import * as z from 'zod';
import { paginationSchema } from '../pagination';
import { route } from '../../shared/route';
import { attemptSchema, deliveryListQuery, deliveryPathParams, deliverySchema } from './delivery-schemas';
import { webhookParams } from './schemas';

const OWNERS_AND_ADMINS =
  'Owners and admins of the current workspace (API keys need the `admin` scope); a webhook or delivery of another workspace answers 404.';
const deliveryData = z.object({ delivery: deliverySchema });
const RETRIES = [
  'A failed attempt is retried (about 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h;',
  '±20 %) only when no answer came (network error, timeout) or the answer was 408, 409, 425, 429 or 5xx;',
  'a 429 or 503 `Retry-After` longer than the wait is honoured, up to 24 h.',
  'Any other answer, a redirect included (never followed), fails the delivery after that attempt, and its `error` says so.',
].join(' ');

export const testWebhook = route({
  method: 'POST',
  path: '/api/webhooks/{webhook}/test',
  handler: 'webhooks/test',
  errors: ['WEBHOOK_NOT_FOUND', 'WORKSPACE_NOT_FOUND'],
  summary: 'Send a `webhook.test` event to this endpoint only',
  description: [
    `${OWNERS_AND_ADMINS} The event (\`data: {webhook_id, message}\`) is signed and sent like any other, once, without retries;`,
    'the answer is the delivery to follow in the delivery log.',
    'Disabled endpoints are sent to as well, so one can be checked before it is enabled again.',
  ].join(' '),
  auth: 'user',
  scopes: ['admin'],
  idempotent: true,
  params: webhookParams,
  response: { status: 202, description: 'Queued', data: deliveryData },
  access: { table: 'write', deliveries: 'send' },
});

export const listDeliveries = route({
  method: 'GET',
  path: '/api/webhooks/{webhook}/deliveries',
  handler: 'webhooks/deliveries',
  errors: ['WEBHOOK_NOT_FOUND', 'WORKSPACE_NOT_FOUND'],
  summary: "The endpoint's delivery log, newest first (kept 30 days)",
  description: [
    `${OWNERS_AND_ADMINS} Filter by \`status\` and \`event\`; page with \`cursor\`.`,
    '`total` is null when filtering by `event`.',
  ].join(' '),
  auth: 'user',
  scopes: ['admin'],
  params: webhookParams,
  query: deliveryListQuery,
  response: {
    status: 200,
    description: 'Deliveries',
    data: z.object({ deliveries: z.array(deliverySchema), pagination: paginationSchema }),
  },
  access: { table: 'read' },
});

export const getDelivery = route({
  method: 'GET',
  path: '/api/webhooks/{webhook}/deliveries/{delivery}',
  handler: 'webhooks/delivery',
  errors: ['DELIVERY_NOT_FOUND', 'WEBHOOK_NOT_FOUND', 'WORKSPACE_NOT_FOUND'],
  summary: 'One delivery and every attempt: time, status code, latency, error, next retry',
  description: `${OWNERS_AND_ADMINS} ${RETRIES}`,
  auth: 'user',
  scopes: ['admin'],
  params: deliveryPathParams,
  response: { status: 200, description: 'The delivery', data: z.object({ delivery: deliverySchema, attempts: z.array(attemptSchema) }) },
  access: { table: 'read' },
});

export const redeliver = route({
  method: 'POST',
  path: '/api/webhooks/{webhook}/deliveries/{delivery}/redeliver',
  handler: 'webhooks/redeliver',
  errors: ['DELIVERY_NOT_FOUND', 'INVALID_TRANSITION', 'WEBHOOK_NOT_FOUND', 'WORKSPACE_NOT_FOUND'],
  summary: 'Send a delivered or failed delivery again: one new attempt',
  description: [
    `${OWNERS_AND_ADMINS} The same body and \`webhook-id\`, freshly signed and timestamped; the attempt joins the delivery's log.`,
    'A delivery still `pending` or `retrying` answers 409 INVALID_TRANSITION:',
    'its next attempt is already on its way (unless that attempt is over 30 minutes late, and so lost: then it can be redelivered).',
    'Of concurrent redeliveries of one delivery, one answers 202 and the others 409.',
  ].join(' '),
  auth: 'user',
  scopes: ['admin'],
  idempotent: true,
  params: deliveryPathParams,
  response: { status: 202, description: 'Queued', data: deliveryData },
  access: { table: 'write', deliveries: 'send' },
});

export const webhookDeliveryRoutes = [testWebhook, listDeliveries, getDelivery, redeliver];
