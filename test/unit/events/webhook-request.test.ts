import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { LookupAddress } from 'node:dns';
import type { Resolve } from '../../../lambdas/flows/execution/tools/outbound-fetch';
import { sendWebhook, webhookPolicy } from '../../../lambdas/events/webhook-request';

const headers = { 'webhook-id': 'evt_1', 'webhook-timestamp': '1', 'webhook-signature': 'v1,x' };

/** A resolver that answers `address` for every name, as a hostile DNS server would. */
const resolvingTo =
  (address: string): Resolve =>
  (_hostname, _options, callback) =>
    callback(null, [{ address, family: address.includes(':') ? 6 : 4 } as LookupAddress]);

const PRIVATE_FORMS = [
  ['private IPv4', '10.0.0.1'],
  ['private IPv4 (172.16/12)', '172.16.5.4'],
  ['private IPv4 (192.168/16)', '192.168.1.1'],
  ['loopback', '127.0.0.1'],
  ['loopback IPv6', '::1'],
  ['link-local', '169.254.10.10'],
  ['the instance metadata address', '169.254.169.254'],
  ['the IPv6 instance metadata address', 'fd00:ec2::254'],
  ['link-local IPv6', 'fe80::1'],
  ['unique-local IPv6', 'fc00::1'],
  ['CGNAT', '100.64.0.1'],
  ['multicast', '224.0.0.1'],
  ['multicast IPv6', 'ff02::1'],
  ['unspecified', '0.0.0.0'],
  ['unspecified IPv6', '::'],
  ['IPv4-mapped loopback', '::ffff:127.0.0.1'],
  ['IPv4-mapped metadata', '::ffff:169.254.169.254'],
  ['IPv4-compatible loopback', '::7f00:1'],
  ['6to4 of loopback', '2002:7f00:1::'],
  ['NAT64 of a private address', '64:ff9b::a00:1'],
] as const;

describe('a webhook request with the deployed address rules', () => {
  const deployed = webhookPolicy(false);

  it.each(PRIVATE_FORMS)('refuses a host that resolves to %s (%s), without a request', async (_name, address) => {
    const result = await sendWebhook('https://hooks.example.com/in', headers, '{}', { ...deployed, resolve: resolvingTo(address) });
    expect(result).toMatchObject({ status_code: null, error: 'refused_target', response_body: null });
  });

  it.each([['10.0.0.1'], ['[::ffff:127.0.0.1]'], ['169.254.169.254']])('refuses the literal address %s in the URL', async (host) => {
    const result = await sendWebhook(`https://${host}/in`, headers, '{}', deployed);
    expect(result.error).toBe('refused_target');
  });

  it('refuses plain http', async () => {
    const result = await sendWebhook('http://hooks.example.com/in', headers, '{}', { ...deployed, resolve: resolvingTo('93.184.216.34') });
    expect(result).toMatchObject({ status_code: null, error: 'refused_target' });
  });
});

describe('a webhook request to a receiver on this machine (local rules)', () => {
  let server: Server;
  let port: number;
  let answer: { status: number; body: string; headers?: Record<string, string> };
  const seen: IncomingHttpHeaders[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      seen.push(req.headers);
      req.resume();
      res.writeHead(answer.status, answer.headers).end(answer.body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('connects to the address it checked while keeping the host name in the Host header', async () => {
    answer = { status: 204, body: '' };
    const result = await sendWebhook(`http://receiver.example:${port}/in`, headers, '{}', {
      ...webhookPolicy(true),
      resolve: resolvingTo('127.0.0.1'),
    });
    expect(result).toMatchObject({ status_code: 204, error: null });
    expect(seen.at(-1)).toMatchObject({ host: `receiver.example:${port}`, 'webhook-id': 'evt_1', 'content-type': 'application/json' });
  });

  it('does not follow a redirect: the 3xx is the answer, and a failure', async () => {
    answer = { status: 302, body: 'moved', headers: { Location: 'http://127.0.0.1:1/elsewhere' } };
    const result = await sendWebhook(`http://127.0.0.1:${port}/in`, headers, '{}', webhookPolicy(true));
    expect(result).toMatchObject({ status_code: 302, error: 'answered HTTP 302 (redirects are never followed)', response_body: 'moved' });
  });

  it('keeps only the first KiB of a long answer', async () => {
    answer = { status: 500, body: 'x'.repeat(200 * 1024) };
    const result = await sendWebhook(`http://127.0.0.1:${port}/in`, headers, '{}', webhookPolicy(true));
    expect(result.status_code).toBe(500);
    expect(result.response_body).toHaveLength(1024);
  });

  it('passes a Retry-After on, for the outcome to weigh', async () => {
    answer = { status: 429, body: '', headers: { 'Retry-After': '120' } };
    expect(await sendWebhook(`http://127.0.0.1:${port}/in`, headers, '{}', webhookPolicy(true))).toMatchObject({
      status_code: 429,
      retry_after: '120',
    });
  });

  it('tells a TLS failure as tls_error, not the TLS library’s message', async () => {
    answer = { status: 204, body: '' };
    const result = await sendWebhook(`https://127.0.0.1:${port}/in`, headers, '{}', webhookPolicy(true));
    expect(result).toMatchObject({ status_code: null, error: 'tls_error', response_body: null });
  });
});

describe('a webhook request that gets no answer', () => {
  it('tells a refused connection as connection_refused, without the address it tried', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const result = await sendWebhook(`http://127.0.0.1:${port}/in`, headers, '{}', webhookPolicy(true));
    expect(result).toMatchObject({ status_code: null, error: 'connection_refused' });
  });

  it('tells a name that does not resolve as dns_failure, without the resolver’s details', async () => {
    const notFound: Resolve = (_hostname, _options, callback) =>
      callback(Object.assign(new Error('getaddrinfo ENOTFOUND hooks.example.com via 10.0.0.2'), { code: 'ENOTFOUND' }), []);
    const result = await sendWebhook('https://hooks.example.com/in', headers, '{}', { ...webhookPolicy(false), resolve: notFound });
    expect(result).toMatchObject({ status_code: null, error: 'dns_failure' });
  });
});
