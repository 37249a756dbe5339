import ipaddr from 'ipaddr.js';

/**
 * What an agent's outbound requests (`http.get`, plugin tools at an HTTPS endpoint) may reach:
 * public unicast addresses only. Private, loopback, link-local, unique-local, CGNAT, multicast,
 * reserved and every address that embeds another (6to4, Teredo, NAT64) are refused — checked on
 * the addresses a name resolves to, not on the name, so DNS cannot smuggle a private target in.
 */

export interface OutboundPolicy {
  /** Plain `http://` only locally; deployed, every request is HTTPS. */
  allowPlainHttp: boolean;
  /** Why an address is refused (null: allowed); `refusedAddress` unless a test widens it to reach a server of its own. */
  refused?: (address: string) => string | null;
  /** Loopback (`localhost`, 127.0.0.0/8, ::1) too: only locally, for a model server on this machine (Ollama, vLLM). */
  allowLoopback?: boolean;
}

const IPV4_COMPATIBLE = ipaddr.parseCIDR('::/96');

/** Why an address may not be reached, or null when it may. */
export const refusedAddress = (address: string): string | null => {
  if (!ipaddr.isValid(address)) return `${address} is not an IP address`;
  // `process` unwraps IPv4-mapped IPv6 (::ffff:10.0.0.1) into the IPv4 address it carries.
  const parsed = ipaddr.process(address);
  const range = parsed.range();
  // IPv4-compatible IPv6 (::a.b.c.d, deprecated) reaches the IPv4 address it carries, yet ipaddr.js calls it unicast.
  if (range === 'unicast' && parsed.kind() === 'ipv6' && parsed.match(IPV4_COMPATIBLE))
    return `${address} is an IPv4-compatible address, which agents may not reach`;
  return range === 'unicast' ? null : `${address} is a ${range} address, which agents may not reach`;
};

const refusedExceptLoopback = (address: string): string | null =>
  ipaddr.isValid(address) && ipaddr.process(address).range() === 'loopback' ? null : refusedAddress(address);

/** The address rule a policy applies. */
export const refusalOf = (policy: OutboundPolicy): ((address: string) => string | null) =>
  policy.refused ?? (policy.allowLoopback ? refusedExceptLoopback : refusedAddress);

export type UrlVerdict = { ok: true; url: URL } | { ok: false; reason: string };

/** The URL's own rules; the addresses its host resolves to are checked with `refusedAddress` when connecting. */
export const checkOutboundUrl = (raw: string, policy: OutboundPolicy): UrlVerdict => {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, reason: `${raw} is not a URL` };
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && policy.allowPlainHttp)) {
    return { ok: false, reason: `only https:// URLs may be fetched, not ${url.protocol}//` };
  }
  if (url.username || url.password) return { ok: false, reason: 'URLs with credentials in them are refused' };
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (ipaddr.isValid(host)) {
    const refused = refusalOf(policy)(host);
    if (refused) return { ok: false, reason: refused };
  } else if (policy.allowLoopback && host === 'localhost') {
    return { ok: true, url };
  } else if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.internal') || !host.includes('.')) {
    return { ok: false, reason: `${host} is not a public host name` };
  }
  return { ok: true, url };
};
