import crypto from 'node:crypto';

/**
 * s3rver seals ListObjectsV2 continuation tokens with DES, which Node's OpenSSL 3 no longer has: the
 * second page of any listing past 1,000 keys failed. The token only has to be opaque to clients, so
 * DES is swapped for a pass-through here, for this process (the local runtime) only: the token is then
 * the base64 of s3rver's random prefix and the next key, which a client never reads.
 */

interface PassThrough {
  update: (data: string | Buffer, encoding?: BufferEncoding) => Buffer;
  final: () => Buffer;
}

const passThrough = (): PassThrough => ({
  update: (data, encoding) => (typeof data === 'string' ? Buffer.from(data, encoding ?? 'utf8') : Buffer.from(data)),
  final: () => Buffer.alloc(0),
});

type CipherFactory = (algorithm: string, ...rest: unknown[]) => unknown;

const replaceDes = (name: 'createCipheriv' | 'createDecipheriv'): void => {
  const original = crypto[name] as unknown as CipherFactory;
  const patched: CipherFactory = (algorithm, ...rest) => (algorithm === 'des' ? passThrough() : original(algorithm, ...rest));
  // The module object is shared: s3rver's `require('crypto')` sees this property.
  Object.assign(crypto, { [name]: patched });
};

let applied = false;

export const allowLongListings = (): void => {
  if (applied) return;
  applied = true;
  replaceDes('createCipheriv');
  replaceDes('createDecipheriv');
};
