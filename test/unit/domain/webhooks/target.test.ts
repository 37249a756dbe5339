import { checkWebhookUrl } from '../../../../lambdas/domain/webhooks/target';

/** Where an endpoint may point: deployed, public https:// only; locally also loopback receivers. */

const deployed = { allowLoopback: false };
const local = { allowLoopback: true };

const refusal = (url: string, policy = deployed) => {
  const verdict = checkWebhookUrl(url, policy);
  return verdict.ok ? null : verdict.reason;
};

describe('webhook targets, deployed', () => {
  it('accepts a public https:// URL with a path, a query and a port', () => {
    expect(refusal('https://hooks.example.com:8443/in?source=platform')).toBeNull();
  });

  it('accepts a URL of exactly 2048 characters and refuses one longer', () => {
    const base = 'https://hooks.example.com/';
    expect(refusal(base + 'a'.repeat(2048 - base.length))).toBeNull();
    expect(refusal(base + 'a'.repeat(2049 - base.length))).toMatch(/2048/);
  });

  it.each([
    ['plain http', 'http://hooks.example.com/in', /https/],
    ['ftp', 'ftp://hooks.example.com/in', /https/],
    ['a relative URL', '/in', /not a URL/],
    ['credentials in the URL', 'https://user:pass@hooks.example.com/in', /credentials/],
    ['localhost', 'https://localhost/in', /public host/],
    ['a single-label name', 'https://intranet/in', /public host/],
    ['a .internal name', 'https://db.internal/in', /public host/],
    ['the instance metadata address', 'https://169.254.169.254/latest/meta-data', /not a public address/],
    ['a private IPv4 address', 'https://10.0.0.7/in', /not a public address/],
    ['a loopback IPv4 address', 'https://127.0.0.1/in', /not a public address/],
    ['IPv6 loopback', 'https://[::1]/in', /not a public address/],
    ['IPv4-mapped loopback', 'https://[::ffff:127.0.0.1]/in', /not a public address/],
    ['IPv4-mapped metadata', 'https://[::ffff:169.254.169.254]/in', /not a public address/],
    ['a unique-local IPv6 address (the IPv6 metadata endpoint)', 'https://[fd00:ec2::254]/in', /not a public address/],
    ['a decimal-encoded loopback address', 'https://2130706433/in', /not a public address/],
  ])('refuses %s', (_, url, reason) => {
    expect(refusal(url)).toMatch(reason);
  });
});

describe('webhook target ports', () => {
  it.each([
    'https://hooks.example.com/in',
    'https://hooks.example.com:443/in',
    'https://hooks.example.com:80/in',
    'https://hooks.example.com:1024/in',
    'https://hooks.example.com:65535/in',
  ])('accepts %s', (url) => {
    expect(refusal(url)).toBeNull();
  });

  it.each([
    'https://hooks.example.com:22/in',
    'https://hooks.example.com:25/in',
    'https://hooks.example.com:1/in',
    'https://hooks.example.com:1023/in',
    'https://93.184.216.34:6/in',
  ])('refuses a well-known service port: %s', (url) => {
    expect(refusal(url)).toMatch(/port \d+ is refused: webhooks are sent to port 443, 80 or 1024–65535/);
  });

  it('accepts any port of a loopback receiver on the local runtime', () => {
    expect(refusal('http://127.0.0.1:25/hooks', local)).toBeNull();
    expect(refusal('http://localhost:22/hooks', local)).toBeNull();
  });
});

describe('webhook targets, on the local runtime', () => {
  it.each(['http://localhost:4000/hooks', 'http://127.0.0.1:4000/hooks', 'http://[::1]:4000/hooks', 'https://localhost/hooks'])(
    'accepts the loopback receiver %s',
    (url) => {
      expect(refusal(url, local)).toBeNull();
    },
  );

  it.each([
    ['plain http to a public host', 'http://hooks.example.com/in', /https/],
    ['IPv4-mapped loopback', 'http://[::ffff:127.0.0.1]/in', /not a public address/],
    ['a private address', 'http://192.168.1.10/in', /not a public address/],
    ['the metadata address', 'http://169.254.169.254/', /not a public address/],
  ])('still refuses %s', (_, url, reason) => {
    expect(refusal(url, local)).toMatch(reason);
  });
});
