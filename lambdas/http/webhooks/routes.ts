import * as z from 'zod';
import { BREAKER_THRESHOLD } from '../../domain/webhooks/breaker';
import { MAX_WEBHOOKS_PER_HOST, MAX_WEBHOOKS_PER_WORKSPACE } from '../../domain/webhooks/model';
import { WEBHOOK_PORTS } from '../../domain/webhooks/target';
import { paginationQuery, paginationSchema } from '../pagination';
import { route } from '../../shared/route';
import { createWebhookBody, updateWebhookBody, WEBHOOK_IMMUTABLE, webhookParams, webhookSchema, webhookWithSecretSchema } from './schemas';

/**
 * Webhook endpoints of the caller's current workspace (API.md "Events and webhooks"): owners and
 * admins only, and API keys with the `admin` scope. Deliveries are signed per Standard Webhooks with
 * the endpoint's secret, which is shown once: when the endpoint is created and when it is rotated.
 */

const webhookData = z.object({ webhook: webhookSchema });
const ownersAndAdmins = 'Owners and admins of the workspace; API keys need the `admin` scope.';
const targetRules =
  `The URL must be public https:// on port ${WEBHOOK_PORTS} (the local runtime also takes http://localhost on any port); ` +
  'private, loopback, link-local and metadata addresses and other ports answer 400 INVALID_INPUT. ' +
  `A workspace holds at most ${MAX_WEBHOOKS_PER_WORKSPACE} endpoints (403 QUOTA_EXCEEDED), ` +
  `and at most ${MAX_WEBHOOKS_PER_HOST} on one host name, whatever their ports or paths ` +
  '(422 WEBHOOK_HOST_LIMIT: subscribe one endpoint to more events instead).';

export const listWebhooks = route({
  method: 'GET',
  path: '/api/webhooks',
  handler: 'webhooks/list',
  errors: ['WORKSPACE_NOT_FOUND'],
  summary: "The current workspace's webhook endpoints, oldest first (never their secrets)",
  description: ownersAndAdmins,
  auth: 'user',
  scopes: ['admin'],
  query: z.strictObject(paginationQuery),
  response: {
    status: 200,
    description: 'Webhook endpoints',
    data: z.object({ webhooks: z.array(webhookSchema), pagination: paginationSchema }),
  },
  access: { table: 'read' },
});

export const createWebhook = route({
  method: 'POST',
  path: '/api/webhooks',
  handler: 'webhooks/create',
  errors: ['QUOTA_EXCEEDED', 'WEBHOOK_HOST_LIMIT', 'WORKSPACE_NOT_FOUND'],
  summary: 'Register a webhook endpoint; its signing secret is in this answer only',
  description: [
    `${ownersAndAdmins} ${targetRules} Keep \`secret\`:`,
    'it is never shown again, and a replay of this request with the same Idempotency-Key answers 409 SECRET_SHOWN_ONCE.',
  ].join(' '),
  auth: 'user',
  scopes: ['admin'],
  idempotent: true,
  secretResponse: true,
  body: createWebhookBody,
  response: { status: 201, description: 'Created', data: z.object({ webhook: webhookWithSecretSchema }) },
  access: { table: 'write', secrets: 'write' },
});

export const getWebhook = route({
  method: 'GET',
  path: '/api/webhooks/{webhook}',
  handler: 'webhooks/get',
  errors: ['WEBHOOK_NOT_FOUND', 'WORKSPACE_NOT_FOUND'],
  summary: 'One webhook endpoint (never its secret)',
  description: [
    `${ownersAndAdmins} \`circuit\` shows its breaker:`,
    `open after ${BREAKER_THRESHOLD} failed attempts in a row, its deliveries wait unattempted until \`until\`,`,
    'so one dead receiver never holds the delivery capacity every workspace shares.',
  ].join(' '),
  auth: 'user',
  scopes: ['admin'],
  params: webhookParams,
  response: { status: 200, description: 'The endpoint', data: webhookData },
  access: { table: 'read' },
});

export const updateWebhook = route({
  method: 'PATCH',
  path: '/api/webhooks/{webhook}',
  handler: 'webhooks/update',
  errors: ['VERSION_CONFLICT', 'WEBHOOK_HOST_LIMIT', 'WEBHOOK_NOT_FOUND', 'WORKSPACE_NOT_FOUND'],
  summary: 'Change the URL, events, description, or turn the endpoint on or off',
  description: [
    `${ownersAndAdmins} Absent fields stay; \`description: null\` clears it.`,
    '`enabled: true` re-enables an endpoint the platform disabled and clears `disabled_reason` and `failing_since`.',
    `A new \`url\` follows the rules of registration: ${targetRules} Honours \`If-Match\`.`,
  ].join(' '),
  auth: 'user',
  scopes: ['admin'],
  params: webhookParams,
  body: updateWebhookBody,
  immutableFields: WEBHOOK_IMMUTABLE,
  response: { status: 200, description: 'The updated endpoint', data: webhookData },
  access: { table: 'write' },
});

export const deleteWebhook = route({
  method: 'DELETE',
  path: '/api/webhooks/{webhook}',
  handler: 'webhooks/delete',
  errors: ['VERSION_CONFLICT', 'WEBHOOK_NOT_FOUND', 'WORKSPACE_NOT_FOUND'],
  summary: 'Remove a webhook endpoint; nothing more is delivered to it',
  description: `${ownersAndAdmins} Its delivery log expires with its deliveries.`,
  auth: 'user',
  scopes: ['admin'],
  params: webhookParams,
  response: { status: 200, description: 'Deleted', data: z.object({ deleted: z.literal(true), webhook_id: z.string() }) },
  access: { table: 'write' },
});

export const rotateWebhookSecret = route({
  method: 'POST',
  path: '/api/webhooks/{webhook}/rotate-secret',
  handler: 'webhooks/rotate-secret',
  errors: ['VERSION_CONFLICT', 'WEBHOOK_HOST_LIMIT', 'WEBHOOK_NOT_FOUND', 'WORKSPACE_NOT_FOUND'],
  summary: 'Replace the signing secret; the new one is in this answer only',
  description: [
    `${ownersAndAdmins} For 24 hours (until \`previous_secret_expires_at\`) deliveries carry two signatures,`,
    'one per secret, so receivers can switch without dropping any; a secret rotated out earlier stops signing at once.',
    'A replay with the same Idempotency-Key answers 409 SECRET_SHOWN_ONCE.',
  ].join(' '),
  auth: 'user',
  scopes: ['admin'],
  idempotent: true,
  secretResponse: true,
  params: webhookParams,
  response: {
    status: 200,
    description: 'The endpoint with its new secret',
    data: z.object({
      webhook: webhookWithSecretSchema,
      previous_secret_expires_at: z.string().nullable().describe('Until when the replaced secret still signs (null: there was none)'),
    }),
  },
  access: { table: 'write', secrets: 'write' },
});

export const webhookRoutes = [listWebhooks, createWebhook, getWebhook, updateWebhook, deleteWebhook, rotateWebhookSecret];
