import { checkOutboundUrl, refusedAddress } from '../../../../lambdas/domain/executions/ssrf';

const deployed = { allowPlainHttp: false };

describe('outbound addresses an agent may reach', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.9', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'linkLocal'],
    ['100.64.0.1', 'carrierGradeNat'],
    ['0.0.0.0', 'unspecified'],
    ['224.0.0.1', 'multicast'],
    ['::1', 'loopback'],
    ['fe80::1', 'linkLocal'],
    ['fd00::1', 'uniqueLocal'],
    ['::ffff:10.0.0.1', 'private'],
    ['::ffff:169.254.169.254', 'linkLocal'],
    ['2002:a00:1::', '6to4'],
    ['64:ff9b::a00:1', 'rfc6052'],
    ['::7f00:1', 'IPv4-compatible'],
  ])('refuses %s (%s)', (address, range) => {
    expect(refusedAddress(address)).toContain(range);
  });

  it.each(['93.184.216.34', '8.8.8.8', '2606:4700:4700::1111'])('allows the public address %s', (address) => {
    expect(refusedAddress(address)).toBeNull();
  });
});

describe('outbound URLs', () => {
  it('must be https when deployed, and may be plain http locally', () => {
    expect(checkOutboundUrl('http://example.com/a', deployed)).toEqual({ ok: false, reason: expect.stringContaining('only https://') });
    expect(checkOutboundUrl('http://example.com/a', { allowPlainHttp: true })).toMatchObject({ ok: true });
    expect(checkOutboundUrl('ftp://example.com/a', { allowPlainHttp: true })).toMatchObject({ ok: false });
  });

  it.each([
    'https://127.0.0.1/admin',
    'https://[::1]/',
    'https://169.254.169.254/latest/meta-data/',
    'https://localhost/',
    'https://metadata.google.internal/',
    'https://intranet/',
    'https://user:pass@example.com/',
    'not a url',
  ])('refuses %s', (url) => {
    expect(checkOutboundUrl(url, deployed).ok).toBe(false);
  });

  it('accepts a public https URL, leaving its resolved addresses to the connection check', () => {
    expect(checkOutboundUrl('https://example.com/page?q=1', deployed)).toMatchObject({ ok: true });
  });
});
