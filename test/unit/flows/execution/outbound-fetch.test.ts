import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { refusedAddress } from '../../../../lambdas/domain/executions/ssrf';
import { checkedLookup, outboundFetch } from '../../../../lambdas/flows/execution/tools/outbound-fetch';

/** `http.get` and plugin endpoints: the address check applies to where the socket connects, hop by hop. */

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/private-redirect') {
      res.writeHead(302, { Location: 'http://10.0.0.1/admin' });
      res.end();
      return;
    }
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.end('x'.repeat(5000));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const get = (url: string, policy: Parameters<typeof outboundFetch>[1]) =>
  outboundFetch({ url, method: 'GET', maxBytes: 1000, timeoutMs: 5000 }, policy);
const local = { allowPlainHttp: true };
/** Widened for this test's own server only: loopback allowed, everything else as always. */
const loopbackAllowed = { allowPlainHttp: true, refused: (address: string) => (address === '127.0.0.1' ? null : refusedAddress(address)) };

describe('outbound requests', () => {
  it('refuse a loopback address, even locally where plain http is allowed', async () => {
    await expect(get(`${base}/`, local)).rejects.toMatchObject({ name: 'OutboundRefused', message: expect.stringContaining('loopback') });
  });

  it('refuse a name when any address it resolves to is private, in the lookup the socket connects with', async () => {
    const resolveTo =
      (addresses: string[]) => (_: string, __: unknown, callback: (e: Error | null, a: { address: string; family: number }[]) => void) =>
        callback(
          null,
          addresses.map((address) => ({ address, family: 4 })),
        );
    const lookup = (addresses: string[]) =>
      new Promise<{ error: Error | null; address: unknown }>((resolve) =>
        checkedLookup(refusedAddress, resolveTo(addresses))('intranet.example.com', {}, (error, address) => resolve({ error, address })),
      );
    expect((await lookup(['93.184.216.34', '10.1.2.3'])).error).toMatchObject({
      name: 'OutboundRefused',
      message: expect.stringContaining('private'),
    });
    expect(await lookup(['93.184.216.34'])).toEqual({ error: null, address: '93.184.216.34' });
  });

  it('refuse plain http when deployed', async () => {
    await expect(get(`${base}/`, { allowPlainHttp: false })).rejects.toMatchObject({ message: expect.stringContaining('https') });
  });

  it('read an allowed answer, cut at the size limit', async () => {
    const response = await get(`${base}/`, loopbackAllowed);
    expect(response).toMatchObject({ status: 200, truncated: true });
    expect(response.body).toHaveLength(1000);
  });

  it('check every redirect hop: a redirect to a private address is refused', async () => {
    await expect(get(`${base}/private-redirect`, loopbackAllowed)).rejects.toMatchObject({
      name: 'OutboundRefused',
      message: expect.stringContaining('private'),
    });
  });
});
