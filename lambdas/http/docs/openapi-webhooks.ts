import { eventDetailSchema, eventSchemaName } from '../../shared/event-schemas';
import { PUBLIC_EVENTS, type PlatformEvent } from '../../shared/event-types';

/**
 * The document's top-level `webhooks`: one `post` per public event, as the platform sends it to a
 * registered endpoint (Standard Webhooks v1), with the event's detail as the body.
 */

const header = (name: string, description: string, pattern: string) => ({
  name,
  in: 'header',
  required: true,
  description,
  schema: { type: 'string', pattern },
});

const parameters = {
  WebhookIdHeader: header(
    'webhook-id',
    "The event's `id`: the same on every retry and redelivery of it, so a receiver can de-duplicate.",
    '^.+$',
  ),
  WebhookTimestampHeader: header(
    'webhook-timestamp',
    'When this attempt was signed, in seconds since the epoch. Refuse deliveries more than a few minutes old (replays).',
    '^[0-9]+$',
  ),
  WebhookSignatureHeader: header(
    'webhook-signature',
    "Space-separated `v1,<base64 HMAC-SHA256 of '{webhook-id}.{webhook-timestamp}.{body}'>` signatures, " +
      "keyed with the base64 part of the endpoint's `whsec_` secret; two while a rotated secret overlaps. " +
      'One matching signature is enough.',
    '^v1,[A-Za-z0-9+/=]+( v1,[A-Za-z0-9+/=]+)*$',
  ),
};

const schemaRef = (event: PlatformEvent) => ({ $ref: `#/components/schemas/${eventSchemaName(event)}` });

const webhook = (event: PlatformEvent) => ({
  post: {
    summary: event,
    description: `${String(eventDetailSchema(event).description)} Delivered to endpoints subscribed to \`${event}\` or \`*\`.`,
    tags: ['webhook events'],
    parameters: Object.keys(parameters).map((name) => ({ $ref: `#/components/parameters/${name}` })),
    requestBody: { required: true, content: { 'application/json': { schema: schemaRef(event) } } },
    responses: {
      '2XX': { description: 'Delivered. Any other answer, or none within 10 s, is retried with backoff.' },
      '410': { description: 'Gone: the platform disables the endpoint at once and sends no further attempts.' },
    },
  },
});

export const openApiWebhooks = Object.fromEntries(PUBLIC_EVENTS.map((event) => [event, webhook(event)]));

export const webhookComponents = {
  parameters,
  schemas: {
    ...Object.fromEntries(PUBLIC_EVENTS.map((event) => [eventSchemaName(event), eventDetailSchema(event)])),
    WebhookEvent: { description: 'Any event a webhook delivers; `event` tells which.', oneOf: PUBLIC_EVENTS.map(schemaRef) },
  },
};
