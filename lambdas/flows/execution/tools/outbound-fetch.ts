import { type LookupAddress, lookup as dnsLookup } from 'node:dns';
import { request as httpRequest, type IncomingMessage, type RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { checkOutboundUrl, type OutboundPolicy, refusalOf } from '../../../domain/executions/ssrf';

/**
 * Requests an agent makes to the outside (`http.get`, plugin tools behind an HTTPS endpoint). The
 * address check runs inside the socket's own DNS lookup, so the address that is checked is the one
 * connected to (no window for DNS rebinding); redirects are followed a few times, each hop checked anew.
 */

export interface OutboundRequest {
  url: string;
  method: 'GET' | 'POST';
  body?: string;
  headers?: Record<string, string>;
  maxBytes: number;
  timeoutMs: number;
  /** Ends the whole exchange, answer included (the socket timeout above only bounds silences). */
  signal?: AbortSignal;
  /** `manual`: a 3xx is answered as it is, never followed (webhook deliveries). */
  redirect?: 'follow' | 'manual';
}

export interface OutboundResponse {
  status: number;
  contentType: string;
  body: string;
  truncated: boolean;
  /** The answer's `Retry-After` header, when it has one (webhook retries honour it). */
  retryAfter?: string;
}

/** `resolve` replaces the system resolver (tests of the address rules). */
export type FetchPolicy = OutboundPolicy & { resolve?: Resolve };

export class OutboundRefused extends Error {
  override readonly name = 'OutboundRefused';
}

const MAX_REDIRECTS = 3;

export type Resolve = (
  hostname: string,
  options: { all: true; family?: number | string },
  callback: (error: Error | null, addresses: LookupAddress[]) => void,
) => void;

/** The socket's DNS lookup, refusing when any address the name resolves to is refused. */
export const checkedLookup =
  (refused: (address: string) => string | null, resolve: Resolve = dnsLookup as unknown as Resolve): LookupFunction =>
  (hostname, options, callback) => {
    resolve(hostname, { all: true, family: options.family }, (error, addresses) => {
      if (error) return callback(error, '', 4);
      const refusal = addresses.map((a) => refused(a.address)).find((reason) => reason !== null);
      if (refusal || addresses.length === 0) return callback(new OutboundRefused(refusal ?? `${hostname} has no address`), '', 4);
      // Node asks for every address (`all`) since v20 for happy-eyeballs; older callers want one.
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      const [first] = addresses as [LookupAddress];
      return callback(null, first.address, first.family);
    });
  };

const readCapped = (response: IncomingMessage, maxBytes: number): Promise<{ body: string; truncated: boolean }> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let truncated = false;
    response.on('data', (chunk: Buffer) => {
      if (size >= maxBytes) {
        truncated = true;
        response.destroy();
        return;
      }
      chunks.push(chunk.subarray(0, maxBytes - size));
      size += chunk.length;
      truncated ||= size > maxBytes;
    });
    const done = () => resolve({ body: Buffer.concat(chunks).toString('utf8'), truncated });
    response.on('end', done);
    response.on('close', done);
    response.on('error', reject);
  });

/** `redirects`: how many more hops may be followed, each checked anew; 0 refuses any redirect. */
export const outboundFetch = async (
  request: OutboundRequest,
  policy: FetchPolicy,
  redirects = MAX_REDIRECTS,
): Promise<OutboundResponse> => {
  const verdict = checkOutboundUrl(request.url, policy);
  if (!verdict.ok) throw new OutboundRefused(verdict.reason);
  const { url } = verdict;
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  const options: RequestOptions = {
    method: request.method,
    headers: { 'User-Agent': 'agent-platform', ...request.headers },
    lookup: checkedLookup(refusalOf(policy), policy.resolve),
    timeout: request.timeoutMs,
    signal: request.signal,
  };
  const response = await new Promise<IncomingMessage>((resolve, reject) => {
    const outgoing = send(url, options, resolve);
    outgoing.on('timeout', () =>
      outgoing.destroy(Object.assign(new Error(`no answer from ${url.host} within ${request.timeoutMs} ms`), { code: 'ETIMEDOUT' })),
    );
    outgoing.on('error', reject);
    outgoing.end(request.body);
  });
  const location = response.headers.location;
  if (response.statusCode && response.statusCode >= 300 && response.statusCode < 400 && location && request.redirect !== 'manual') {
    response.resume();
    if (redirects === 0) throw new OutboundRefused(`${request.url} redirects, and no further redirect may be followed`);
    return outboundFetch({ ...request, url: new URL(location, url).toString() }, policy, redirects - 1);
  }
  const { body, truncated } = await readCapped(response, request.maxBytes);
  const retryAfter = response.headers['retry-after'];
  return {
    status: response.statusCode ?? 0,
    contentType: String(response.headers['content-type'] ?? ''),
    body,
    truncated,
    ...(retryAfter ? { retryAfter } : {}),
  };
};
