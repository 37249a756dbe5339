import { type ErrorShape, failureClass } from '../domain/webhooks/failure';
import { DELIVERY_TIMEOUT_MS, keptBody, RESPONSE_BODY_KEPT } from '../domain/webhooks/model';
import type { SignedHeaders } from '../domain/webhooks/signature';
import { type FetchPolicy, OutboundRefused, outboundFetch } from '../flows/execution/tools/outbound-fetch';
import { logger } from '../shared/logger';

/**
 * One webhook POST. The address rules of agents' outbound requests apply (ssrf.ts), checked inside
 * the socket's own lookup so the checked address is the one connected to; redirects are answered,
 * never followed; the whole exchange is cut at 10 s; at most the answer's first 1 KiB is read and kept;
 * a failure without an answer is told as its class (failure.ts), never as the library's message.
 */

export interface SendResult {
  status_code: number | null;
  latency_ms: number;
  error: string | null;
  response_body: string | null;
  /** The answer's `Retry-After`: it decides the next wait (outcome.ts), and is not kept. */
  retry_after: string | null;
}

/**
 * Deployed: `https` to public addresses only. Locally (webhook-target-policy.ts) also
 * plain http to this machine, for a receiver on localhost.
 */
export const webhookPolicy = (allowLoopback: boolean): FetchPolicy => ({ allowPlainHttp: allowLoopback, allowLoopback });

const answered = (status: number): string =>
  status >= 300 && status < 400 ? `answered HTTP ${status} (redirects are never followed)` : `answered HTTP ${status}`;

const failureOf = (error: unknown, url: string): string => {
  // Read by shape, not `instanceof Error`: errors from Node's own sockets may come from another realm (test runners).
  const shape = typeof error === 'object' && error !== null ? (error as ErrorShape & { message?: string }) : {};
  // The details stay in the platform's own log.
  logger.warn('webhook attempt got no answer', { url, error: shape.message ?? String(error), code: shape.code });
  return failureClass(shape, error instanceof OutboundRefused);
};

export const sendWebhook = async (url: string, headers: SignedHeaders, body: string, policy: FetchPolicy): Promise<SendResult> => {
  const started = performance.now();
  const latency = () => Math.round(performance.now() - started);
  try {
    const response = await outboundFetch(
      {
        url,
        method: 'POST',
        body,
        headers: { 'Content-Type': 'application/json', ...headers },
        maxBytes: RESPONSE_BODY_KEPT,
        timeoutMs: DELIVERY_TIMEOUT_MS,
        signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
        redirect: 'manual',
      },
      policy,
    );
    const delivered = response.status >= 200 && response.status < 300;
    return {
      status_code: response.status,
      latency_ms: latency(),
      error: delivered ? null : answered(response.status),
      response_body: keptBody(response.body),
      retry_after: response.retryAfter ?? null,
    };
  } catch (error) {
    return { status_code: null, latency_ms: latency(), error: failureOf(error, url), response_body: null, retry_after: null };
  }
};
