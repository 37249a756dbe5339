import { pathOf } from '../paths';
import { newIdempotencyKey, type Transport } from '../transport';
import type { BodyOf, DataOf, QueryOf, Webhook } from '../types';
import type { UpdateOptions } from './agents';

/** The current workspace's webhook endpoints (owners and admins; API keys need the `admin` scope). */
export class Webhooks {
  constructor(private readonly transport: Transport) {}

  async list(query: QueryOf<'webhooksList'> = {}): Promise<DataOf<'webhooksList'>> {
    return (await this.transport.request<DataOf<'webhooksList'>>({ method: 'GET', path: '/api/webhooks', query })).data;
  }

  /** The answer carries `secret` (`whsec_…`), shown this once: keep it to verify deliveries. */
  async create(body: BodyOf<'webhooksCreate'>): Promise<DataOf<'webhooksCreate'>['webhook']> {
    const request = { method: 'POST' as const, path: '/api/webhooks', body, idempotencyKey: newIdempotencyKey() };
    return (await this.transport.request<DataOf<'webhooksCreate'>>(request)).data.webhook;
  }

  async get(webhook: string): Promise<Webhook> {
    return (await this.transport.request<DataOf<'webhooksGet'>>({ method: 'GET', path: pathOf`/api/webhooks/${webhook}` })).data.webhook;
  }

  async update(webhook: string, body: BodyOf<'webhooksUpdate'>, options: UpdateOptions = {}): Promise<Webhook> {
    const request = { method: 'PATCH' as const, path: pathOf`/api/webhooks/${webhook}`, body, ifMatch: options.ifMatch };
    return (await this.transport.request<DataOf<'webhooksUpdate'>>(request)).data.webhook;
  }

  async delete(webhook: string): Promise<void> {
    await this.transport.request({ method: 'DELETE', path: pathOf`/api/webhooks/${webhook}` });
  }

  /** A new secret, shown this once; the previous one keeps signing until `previous_secret_expires_at` (24 h). */
  async rotateSecret(webhook: string): Promise<DataOf<'webhooksRotateSecret'>> {
    const request = { method: 'POST' as const, path: pathOf`/api/webhooks/${webhook}/rotate-secret`, idempotencyKey: newIdempotencyKey() };
    return (await this.transport.request<DataOf<'webhooksRotateSecret'>>(request)).data;
  }
}
