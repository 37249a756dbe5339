import { DecryptCommand, GenerateDataKeyCommand } from '@aws-sdk/client-kms';
import { newDataKeyBytes, seal, type Sealed, unseal } from '../domain/secrets/sealed';
import { optionalEnv } from '../shared/env';
import { standInCall } from '../shared/sdk-calls';
import { kms } from './clients';

/**
 * Envelope encryption: every secret-holding item (an agent's credentials, an integration) has its
 * own data key, stored only wrapped. Deployed, KMS wraps it (`CREDENTIALS_KEY_ID`, the data stack's
 * key, with the owner as encryption context); locally a key kept in `.local/` does
 * (`LOCAL_CREDENTIALS_KEY`). One of the two must be configured: a function that can seal fails at
 * load, not mid-request.
 */

export type KeyContext = Record<string, string>;

export interface DataKey {
  plaintext: Buffer;
  /** Safe to store: `kms:<base64 ciphertext blob>` or `local:<sealed json>`. */
  wrapped: string;
}

interface KeyWrapper {
  newDataKey(context: KeyContext): Promise<DataKey>;
  unwrap(wrapped: string, context: KeyContext): Promise<Buffer>;
}

/** Sorted, so the same context always authenticates the same way. */
const contextString = (context: KeyContext): string => JSON.stringify(Object.entries(context).sort(([a], [b]) => a.localeCompare(b)));

const kmsWrapper = (keyId: string): KeyWrapper => {
  return {
    async newDataKey(context) {
      const out = await kms().send(new GenerateDataKeyCommand({ KeyId: keyId, KeySpec: 'AES_256', EncryptionContext: context }));
      if (!out.Plaintext || !out.CiphertextBlob) throw new Error('KMS returned no data key');
      return { plaintext: Buffer.from(out.Plaintext), wrapped: `kms:${Buffer.from(out.CiphertextBlob).toString('base64')}` };
    },
    async unwrap(wrapped, context) {
      const blob = Buffer.from(wrapped.slice('kms:'.length), 'base64');
      const out = await kms().send(new DecryptCommand({ KeyId: keyId, CiphertextBlob: blob, EncryptionContext: context }));
      if (!out.Plaintext) throw new Error('KMS returned no plaintext');
      return Buffer.from(out.Plaintext);
    },
  };
};

/** The local key answers what KMS would; its calls are checked as KMS's would be (see sdk-calls.ts). */
const localWrapper = (masterKey: Buffer): KeyWrapper => ({
  async newDataKey(context) {
    await standInCall({ clientName: 'KMSClient', commandName: 'GenerateDataKeyCommand', input: { KeyId: 'local' } });
    const plaintext = newDataKeyBytes();
    return { plaintext, wrapped: `local:${JSON.stringify(seal(masterKey, plaintext, contextString(context)))}` };
  },
  async unwrap(wrapped, context) {
    await standInCall({ clientName: 'KMSClient', commandName: 'DecryptCommand', input: { KeyId: 'local' } });
    return unseal(masterKey, JSON.parse(wrapped.slice('local:'.length)) as Sealed, contextString(context));
  },
});

const configuredWrapper = (): KeyWrapper => {
  const kmsKey = optionalEnv('CREDENTIALS_KEY_ID');
  if (kmsKey) return kmsWrapper(kmsKey);
  const localKey = optionalEnv('LOCAL_CREDENTIALS_KEY');
  if (localKey) return localWrapper(Buffer.from(localKey, 'base64'));
  throw new Error('missing required environment variable CREDENTIALS_KEY_ID (or LOCAL_CREDENTIALS_KEY locally)');
};

const wrapper = configuredWrapper();

export const newDataKey = (context: KeyContext): Promise<DataKey> => wrapper.newDataKey(context);

export const unwrapDataKey = (wrapped: string, context: KeyContext): Promise<Buffer> => wrapper.unwrap(wrapped, context);
