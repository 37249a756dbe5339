import { DELIVERY_TIMEOUT_MS, RESPONSE_BODY_READ, RESPONSE_BODY_STORED } from '../domain/webhooks/model';
import type { SignedHeaders } from '../domain/webhooks/signature';
import { type FetchPolicy, OutboundRefused, outboundFetch } from '../executions/tools/outbound-fetch';
import { logger } from '../shared/logger';

/**
 * One webhook POST. The address rules of agents' outbound requests apply (ssrf.ts), checked inside
 * the socket's own lookup so the checked address is the one connected to; redirects are answered,
 * never followed; the whole exchange is cut at 10 s; the answer is read to 64 KiB and kept shorter.
 */

export interface SendResult {
  status_code: number | null;
  latency_ms: number;
  error: string | null;
  response_body: string | null;
  /** The answer's `Retry-After`: it decides the next wait (outcome.ts), and is not kept. */
  retry_after: string | null;
}

/** Deployed: `https` to public addresses only. Locally (webhook-target-policy.ts) also plain http to this machine, for a receiver on localhost. */
export const webhookPolicy = (allowLoopback: boolean): FetchPolicy => ({ allowPlainHttp: allowLoopback, allowLoopback });

const stored = (body: string): string => {
  const bytes = Buffer.from(body, 'utf8');
  return bytes.length <= RESPONSE_BODY_STORED ? body : bytes.subarray(0, RESPONSE_BODY_STORED).toString('utf8');
};

const failureOf = (error: unknown, url: string): string => {
  if (error instanceof OutboundRefused) {
    logger.warn('webhook target refused', { url, reason: error.message });
    return 'refused address';
  }
  const name = error instanceof Error ? error.name : '';
  if (name === 'AbortError' || name === 'TimeoutError') return `no answer within ${DELIVERY_TIMEOUT_MS / 1000} s`;
  return `connection failed: ${error instanceof Error ? error.message : String(error)}`;
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
        maxBytes: RESPONSE_BODY_READ,
        timeoutMs: DELIVERY_TIMEOUT_MS,
        signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
        redirect: 'manual',
      },
      policy,
    );
    const delivered = response.status >= 200 && response.status < 300;
    return {
      status_code: response.status, latency_ms: latency(), error: delivered ? null : `answered HTTP ${response.status}`,
      response_body: stored(response.body), retry_after: response.retryAfter ?? null,
    };
  } catch (error) {
    return { status_code: null, latency_ms: latency(), error: failureOf(error, url), response_body: null, retry_after: null };
  }
};
