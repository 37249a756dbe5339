import { exportBundle, importBundle, InvalidBundle, KDF } from '../../../../lambdas/domain/secrets/portable-bundle';

const PASSPHRASE = 'a long enough passphrase';
const decode = (bundle: string) => JSON.parse(Buffer.from(bundle, 'base64').toString('utf8'));
const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64');

describe('portable credential bundles', () => {
  const values = { API_KEY: 'secret-value', OTHER: 'x'.repeat(1000) };
  const bundle = exportBundle(values, PASSPHRASE);

  it('open with the passphrase they were made with, and hold no value in the clear', () => {
    expect(importBundle(bundle, PASSPHRASE)).toEqual(values);
    expect(Buffer.from(bundle, 'base64').toString('utf8')).not.toContain('secret-value');
    expect(decode(bundle)).toMatchObject({
      format: 'agent-platform/credentials',
      version: 1,
      kdf: { name: 'scrypt' },
      cipher: 'aes-256-gcm',
    });
  });

  it('derive their key with scrypt N of at least 2^17', () => {
    expect(decode(bundle).kdf).toMatchObject({ N: 2 ** 17, r: 8, p: 1 });
    expect(KDF.N).toBeGreaterThanOrEqual(2 ** 17);
  });

  it.each([
    ['a wrong passphrase', () => importBundle(bundle, 'another passphrase')],
    [
      'a changed salt (the header is authenticated)',
      () =>
        importBundle(encode({ ...decode(bundle), kdf: { ...decode(bundle).kdf, salt: Buffer.alloc(16).toString('base64') } }), PASSPHRASE),
    ],
    ['a changed iv', () => importBundle(encode({ ...decode(bundle), iv: Buffer.alloc(12).toString('base64') }), PASSPHRASE)],
    ['an unknown version', () => importBundle(encode({ ...decode(bundle), version: 2 }), PASSPHRASE)],
    [
      'KDF parameters that would exhaust memory',
      () => importBundle(encode({ ...decode(bundle), kdf: { ...decode(bundle).kdf, N: 2 ** 24 } }), PASSPHRASE),
    ],
    ['something that is not a bundle', () => importBundle('not base64 json', PASSPHRASE)],
    [
      'a caller-chosen N above the default (a CPU and memory exhaustion attempt)',
      () => importBundle(encode({ ...decode(bundle), kdf: { ...decode(bundle).kdf, N: 2 ** 18 } }), PASSPHRASE),
    ],
    [
      'a caller-chosen r above the default',
      () => importBundle(encode({ ...decode(bundle), kdf: { ...decode(bundle).kdf, r: 16 } }), PASSPHRASE),
    ],
    [
      'a caller-chosen p above the default',
      () => importBundle(encode({ ...decode(bundle), kdf: { ...decode(bundle).kdf, p: 4 } }), PASSPHRASE),
    ],
    [
      'a tag truncated to 4 bytes (the short-tag forgery)',
      () =>
        importBundle(
          encode({ ...decode(bundle), tag: Buffer.from(decode(bundle).tag, 'base64').subarray(0, 4).toString('base64') }),
          PASSPHRASE,
        ),
    ],
  ])('refuse %s', (_case, attempt) => {
    expect(attempt).toThrow(InvalidBundle);
  });
});
