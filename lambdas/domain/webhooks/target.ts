import ipaddr from 'ipaddr.js';
import { checkOutboundUrl, refusedAddress, type UrlVerdict } from '../executions/ssrf';

/**
 * Where a webhook endpoint may point, checked when it is registered or changed: an absolute
 * `https://` URL without credentials, at most 2048 characters, whose host is a public name or a
 * public address literal, on port 443, 80 or 1024–65535 (never a well-known service port such as
 * 22 or 25, so an endpoint cannot aim deliveries at another protocol's server). The addresses a
 * name resolves to are checked again at send time.
 * Locally only, a developer may receive on this machine: `http://` or `https://` to `localhost`,
 * 127.0.0.0/8 or `::1`, on any port — never an IPv4-mapped or other embedded form of them.
 */

export const WEBHOOK_URL_MAX = 2048;

/** The ports an endpoint may use, as people read them. */
export const WEBHOOK_PORTS = '443, 80 or 1024–65535';

/** `port` as URL gives it: '' for the scheme's default (443 or 80). */
const allowedPort = (port: string): boolean => port === '' || port === '443' || port === '80' || Number(port) >= 1024;

export interface WebhookTargetPolicy {
  /** The local runtime only: loopback receivers, over plain `http://` too. */
  allowLoopback: boolean;
}

/** The literal forms a developer types, not the ones that smuggle loopback inside another address. */
const isLoopbackLiteral = (host: string): boolean =>
  host === 'localhost' || (ipaddr.isValid(host) && ipaddr.parse(host).range() === 'loopback');

export const checkWebhookUrl = (raw: string, policy: WebhookTargetPolicy): UrlVerdict => {
  if (raw.length > WEBHOOK_URL_MAX) return { ok: false, reason: `at most ${WEBHOOK_URL_MAX} characters` };
  const verdict = checkOutboundUrl(raw, {
    allowPlainHttp: policy.allowLoopback,
    allowLoopback: policy.allowLoopback,
    refused: (address) =>
      (policy.allowLoopback && isLoopbackLiteral(address)) || refusedAddress(address) === null
        ? null
        : `${address} is not a public address; webhooks are sent to public addresses only`,
  });
  if (!verdict.ok) return verdict;
  const host = verdict.url.hostname.replace(/^\[|\]$/g, '');
  if (verdict.url.protocol === 'http:' && !isLoopbackLiteral(host)) {
    return { ok: false, reason: 'only https:// URLs may receive webhooks (plain http:// only to localhost on the local runtime)' };
  }
  if (!isLoopbackLiteral(host) && !allowedPort(verdict.url.port)) {
    return { ok: false, reason: `port ${verdict.url.port} is refused: webhooks are sent to port ${WEBHOOK_PORTS}` };
  }
  return verdict;
};
