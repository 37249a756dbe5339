import { newDataKeyBytes, SealBroken, seal, sealJson, unseal, unsealJson } from '../../../../lambdas/domain/secrets/sealed';

describe('sealed values', () => {
  const key = newDataKeyBytes();

  it('open under the key and context they were sealed for', () => {
    const sealed = sealJson(key, { API_KEY: 'secret' }, 'agent:a1');
    expect(JSON.stringify(sealed)).not.toContain('secret');
    expect(unsealJson(key, sealed, 'agent:a1')).toEqual({ API_KEY: 'secret' });
  });

  it('never seal the same plaintext to the same ciphertext twice', () => {
    const [a, b] = [seal(key, Buffer.from('same'), 'c'), seal(key, Buffer.from('same'), 'c')];
    expect(a.iv).not.toBe(b.iv);
    expect(a.data).not.toBe(b.data);
  });

  it.each([
    ['another context', (s: ReturnType<typeof seal>) => ({ sealed: s, key, context: 'agent:a2' })],
    ['another key', (s: ReturnType<typeof seal>) => ({ sealed: s, key: newDataKeyBytes(), context: 'agent:a1' })],
    [
      'a flipped ciphertext byte',
      (s: ReturnType<typeof seal>) => {
        const data = Buffer.from(s.data, 'base64');
        data[0] = (data[0] ?? 0) ^ 1;
        return { sealed: { ...s, data: data.toString('base64') }, key, context: 'agent:a1' };
      },
    ],
    [
      'a changed tag',
      (s: ReturnType<typeof seal>) => ({ sealed: { ...s, tag: Buffer.alloc(16).toString('base64') }, key, context: 'agent:a1' }),
    ],
  ])('refuse to open under %s', (_case, tamper) => {
    const attempt = tamper(seal(key, Buffer.from('plaintext'), 'agent:a1'));
    expect(() => unseal(attempt.key, attempt.sealed, attempt.context)).toThrow(SealBroken);
  });

  it('refuse a tag truncated to 4 bytes (the short-tag forgery), even though GCM alone would check only those bytes', () => {
    const sealed = seal(key, Buffer.from('plaintext'), 'agent:a1');
    const truncated = { ...sealed, tag: Buffer.from(sealed.tag, 'base64').subarray(0, 4).toString('base64') };
    expect(() => unseal(key, truncated, 'agent:a1')).toThrow(SealBroken);
  });
});
