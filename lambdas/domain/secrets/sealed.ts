import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * AES-256-GCM with a caller-chosen associated data string: a sealed value only opens under the
 * key AND the context it was sealed for (an agent id, an integration id), so a ciphertext copied
 * onto another item fails to open instead of leaking there.
 */

export interface Sealed {
  /** Format version, so the algorithm can change without guessing. */
  v: 1;
  iv: string;
  data: string;
  tag: string;
}

const ALGORITHM = 'aes-256-gcm';
export const DATA_KEY_BYTES = 32;
const IV_BYTES = 12;
/** GCM accepts tags down to 4 bytes unless told otherwise; a short tag would be forgeable by trial. */
export const TAG_BYTES = 16;

export class SealBroken extends Error {
  constructor() {
    super('the sealed value does not open with this key and context');
  }
}

export const seal = (key: Buffer, plaintext: Buffer, context: string): Sealed => {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES }).setAAD(Buffer.from(context));
  const data = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return { v: 1, iv: iv.toString('base64'), data: data.toString('base64'), tag: cipher.getAuthTag().toString('base64') };
};

export const unseal = (key: Buffer, sealed: Sealed, context: string): Buffer => {
  try {
    const tag = Buffer.from(sealed.tag, 'base64');
    if (tag.length !== TAG_BYTES) throw new SealBroken();
    const decipher = createDecipheriv(ALGORITHM, key, Buffer.from(sealed.iv, 'base64'), { authTagLength: TAG_BYTES }).setAAD(
      Buffer.from(context),
    );
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(Buffer.from(sealed.data, 'base64')), decipher.final()]);
  } catch {
    throw new SealBroken();
  }
};

export const sealJson = (key: Buffer, value: unknown, context: string): Sealed => seal(key, Buffer.from(JSON.stringify(value)), context);

export const unsealJson = <T>(key: Buffer, sealed: Sealed, context: string): T =>
  JSON.parse(unseal(key, sealed, context).toString('utf8')) as T;

export const newDataKeyBytes = (): Buffer => randomBytes(DATA_KEY_BYTES);
