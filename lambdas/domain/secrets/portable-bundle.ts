import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import { DomainError } from '../errors';
import type { CredentialValues } from './credentials';
import { TAG_BYTES } from './sealed';

/**
 * The portable form of an agent's credentials: a passphrase-protected bundle that any platform
 * deployment can import. scrypt derives the key, AES-256-GCM seals the values, and the header
 * (format, version, KDF parameters, salt) is authenticated data, so no field can be swapped.
 * Encoded as base64 of a JSON object, so it survives copy and paste.
 */

export const BUNDLE_FORMAT = 'agent-platform/credentials';
export const BUNDLE_VERSION = 1;
export const MIN_PASSPHRASE = 12;

interface BundleHeader {
  format: typeof BUNDLE_FORMAT;
  version: typeof BUNDLE_VERSION;
  kdf: { name: 'scrypt'; N: number; r: number; p: number; salt: string };
  cipher: 'aes-256-gcm';
  iv: string;
}

interface Bundle extends BundleHeader {
  data: string;
  tag: string;
}

/**
 * Exports use these; an import accepts nothing costlier (the header is the caller's, and scrypt's cost is
 * the function's time and memory) and nothing weaker than the first version's N = 2^15.
 */
export const KDF = { N: 2 ** 17, r: 8, p: 1 };
const MIN_N = 2 ** 15;
// scrypt needs 128·N·r bytes (128 MiB here); Node's default ceiling is 32 MiB.
const SCRYPT_MAXMEM = 2 * 128 * KDF.N * KDF.r;

/** A bundle that does not open: a well-formed request failing a rule (422 INVALID_BUNDLE), and nothing is written. */
export class InvalidBundle extends DomainError {
  constructor(message: string) {
    super('INVALID_BUNDLE', message, [{ field: 'bundle', issue: 'does not open' }]);
  }
}

const deriveKey = (passphrase: string, kdf: BundleHeader['kdf']): Buffer =>
  scryptSync(passphrase.normalize('NFC'), Buffer.from(kdf.salt, 'base64'), 32, { N: kdf.N, r: kdf.r, p: kdf.p, maxmem: SCRYPT_MAXMEM });

const headerOf = (bundle: BundleHeader): string =>
  JSON.stringify([
    bundle.format,
    bundle.version,
    bundle.kdf.name,
    bundle.kdf.N,
    bundle.kdf.r,
    bundle.kdf.p,
    bundle.kdf.salt,
    bundle.cipher,
    bundle.iv,
  ]);

export const exportBundle = (values: CredentialValues, passphrase: string): string => {
  const header: BundleHeader = {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    kdf: { name: 'scrypt', ...KDF, salt: randomBytes(16).toString('base64') },
    cipher: 'aes-256-gcm',
    iv: randomBytes(12).toString('base64'),
  };
  const cipher = createCipheriv('aes-256-gcm', deriveKey(passphrase, header.kdf), Buffer.from(header.iv, 'base64')).setAAD(
    Buffer.from(headerOf(header)),
  );
  const data = Buffer.concat([cipher.update(JSON.stringify(values)), cipher.final()]);
  const bundle: Bundle = { ...header, data: data.toString('base64'), tag: cipher.getAuthTag().toString('base64') };
  return Buffer.from(JSON.stringify(bundle)).toString('base64');
};

const parse = (encoded: string): Bundle => {
  let bundle: Bundle;
  try {
    bundle = JSON.parse(Buffer.from(encoded, 'base64').toString('utf8')) as Bundle;
  } catch {
    throw new InvalidBundle('the bundle is not a credentials export (not base64 JSON)');
  }
  if (bundle?.format !== BUNDLE_FORMAT) throw new InvalidBundle('the bundle is not a credentials export');
  if (bundle.version !== BUNDLE_VERSION)
    throw new InvalidBundle(`bundle version ${String(bundle.version)} is not supported (expected ${BUNDLE_VERSION})`);
  const { kdf } = bundle;
  const bounded =
    kdf?.name === 'scrypt' &&
    [kdf.N, kdf.r, kdf.p].every(Number.isInteger) &&
    kdf.N >= MIN_N &&
    kdf.N <= KDF.N &&
    kdf.r === KDF.r &&
    kdf.p === KDF.p;
  if (
    !bounded ||
    bundle.cipher !== 'aes-256-gcm' ||
    typeof bundle.data !== 'string' ||
    typeof bundle.tag !== 'string' ||
    Buffer.from(bundle.tag, 'base64').length !== TAG_BYTES
  ) {
    throw new InvalidBundle('the bundle header is damaged or uses unsupported parameters');
  }
  return bundle;
};

/** Wrong passphrase and tampering look the same by design: the bundle does not open. */
export const importBundle = (encoded: string, passphrase: string): CredentialValues => {
  const bundle = parse(encoded);
  try {
    const decipher = createDecipheriv('aes-256-gcm', deriveKey(passphrase, bundle.kdf), Buffer.from(bundle.iv, 'base64'), {
      authTagLength: TAG_BYTES,
    }).setAAD(Buffer.from(headerOf(bundle)));
    decipher.setAuthTag(Buffer.from(bundle.tag, 'base64'));
    const plaintext = Buffer.concat([decipher.update(Buffer.from(bundle.data, 'base64')), decipher.final()]);
    return JSON.parse(plaintext.toString('utf8')) as CredentialValues;
  } catch {
    throw new InvalidBundle('the bundle does not open with this passphrase, or it was altered');
  }
};
