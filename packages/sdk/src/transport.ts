import type { ResolvedOptions } from './config';
import { ConnectionError, errorFor, type ErrorDetail } from './errors';
import { retryAfterMs, retryDelayMs, safeToRepeat, sleep } from './retry';

/** One HTTP exchange with the platform: credentials, the envelope, typed errors and retries. */

export type QueryValue = string | number | boolean | string[] | undefined | null;

export interface ApiRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  query?: Record<string, QueryValue>;
  body?: unknown;
  /** Sent as `Idempotency-Key`; makes a POST safe to retry. */
  idempotencyKey?: string;
  ifMatch?: string | number;
}

export interface ApiReply<T> {
  status: number;
  data: T;
  headers: Headers;
  requestId: string | undefined;
}

interface Envelope {
  success?: boolean;
  data?: unknown;
  error?: { code?: string; message?: string; details?: ErrorDetail[] };
  meta?: { request_id?: string };
}

export const newIdempotencyKey = (): string => globalThis.crypto.randomUUID();

const queryString = (query: Record<string, QueryValue> = {}): string => {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    params.set(name, Array.isArray(value) ? value.join(',') : String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
};

export class Transport {
  constructor(private readonly options: ResolvedOptions) {}

  get workspaceId(): string | undefined {
    return this.options.workspaceId;
  }

  private headers(request: ApiRequest): Record<string, string> {
    const { apiKey, token, workspaceId } = this.options;
    return {
      accept: 'application/json',
      ...(request.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(apiKey ? { 'x-api-key': apiKey } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(workspaceId && !apiKey ? { 'x-workspace-id': workspaceId } : {}),
      ...(request.idempotencyKey ? { 'idempotency-key': request.idempotencyKey } : {}),
      ...(request.ifMatch !== undefined ? { 'if-match': `"${String(request.ifMatch).replace(/"/g, '')}"` } : {}),
    };
  }

  async request<T>(request: ApiRequest): Promise<ApiReply<T>> {
    const repeatable = safeToRepeat(request.method, request.idempotencyKey);
    for (let attempt = 0; ; attempt += 1) {
      const last = attempt >= this.options.maxRetries;
      let response: Response;
      try {
        response = await this.options.fetch(`${this.options.baseUrl}${request.path}${queryString(request.query)}`, {
          method: request.method,
          headers: this.headers(request),
          body: request.body === undefined ? undefined : JSON.stringify(request.body),
        });
      } catch (cause) {
        if (!repeatable || last) {
          throw new ConnectionError({
            status: 0,
            code: 'CONNECTION_ERROR',
            message: cause instanceof Error ? cause.message : String(cause),
          });
        }
        await sleep(retryDelayMs(attempt, undefined, this.options.maxRetryDelayMs));
        continue;
      }
      const retryable = response.status === 429 || (response.status >= 500 && repeatable);
      if (!retryable || last) return this.read<T>(response);
      await response.body?.cancel();
      await sleep(retryDelayMs(attempt, retryAfterMs(response.headers.get('retry-after')), this.options.maxRetryDelayMs));
    }
  }

  /** PUTs bytes to a presigned URL (no platform credentials travel with it). */
  async upload(url: string, body: Uint8Array, headers: Record<string, string>): Promise<void> {
    let response: Response;
    try {
      // A copy backed by a plain ArrayBuffer, which is what fetch's BodyInit accepts.
      response = await this.options.fetch(url, { method: 'PUT', body: new Uint8Array(body), headers });
    } catch (cause) {
      throw new ConnectionError({ status: 0, code: 'CONNECTION_ERROR', message: cause instanceof Error ? cause.message : String(cause) });
    }
    if (!response.ok)
      throw errorFor({
        status: response.status,
        code: 'UPLOAD_FAILED',
        message: (await response.text()).slice(0, 200) || response.statusText,
      });
  }

  private async read<T>(response: Response): Promise<ApiReply<T>> {
    const text = await response.text();
    let envelope: Envelope = {};
    try {
      envelope = text ? (JSON.parse(text) as Envelope) : {};
    } catch {
      envelope = {};
    }
    const requestId = response.headers.get('x-request-id') ?? envelope.meta?.request_id;
    if (response.ok) return { status: response.status, data: envelope.data as T, headers: response.headers, requestId };
    const retryAfter = retryAfterMs(response.headers.get('retry-after'));
    throw errorFor({
      status: response.status,
      code: envelope.error?.code ?? `HTTP_${response.status}`,
      message: envelope.error?.message ?? (text.slice(0, 200) || response.statusText),
      details: envelope.error?.details,
      requestId,
      retryAfterSeconds: retryAfter === undefined ? undefined : retryAfter / 1000,
    });
  }
}
