import { createHmac } from 'node:crypto';
import { GenerateMacCommand } from '@aws-sdk/client-kms';
import { optionalEnv } from '../shared/env';
import { standInCall } from '../shared/sdk-calls';
import { kms } from './clients';

/**
 * The key cursors are signed with, one per deployment. Deployed it is derived from the API stack's
 * HMAC KMS key (`CURSOR_KEY_ID`): the MAC of a fixed label, the same in every container, asked of KMS
 * once per container. Locally it is derived the same way from the local credentials key, so the
 * runtime and the tests' workers agree. Read lazily: only a function that pages needs it.
 */

const LABEL = 'agent-platform cursor signing key v1';

const derive = async (): Promise<Buffer> => {
  const kmsKeyId = optionalEnv('CURSOR_KEY_ID');
  if (kmsKeyId) {
    const out = await kms().send(
      new GenerateMacCommand({ KeyId: kmsKeyId, MacAlgorithm: 'HMAC_SHA_256', Message: Buffer.from(LABEL, 'utf8') }),
    );
    if (!out.Mac) throw new Error('KMS returned no MAC for the cursor key');
    return Buffer.from(out.Mac);
  }
  const localKey = optionalEnv('LOCAL_CREDENTIALS_KEY');
  if (localKey) return createHmac('sha256', Buffer.from(localKey, 'base64')).update(LABEL).digest();
  throw new Error('missing required environment variable CURSOR_KEY_ID (or LOCAL_CREDENTIALS_KEY locally)');
};

let cached: Promise<Buffer> | undefined;

export const cursorKey = async (): Promise<Buffer> => {
  // Locally every function shares this process's cache: each use is checked as a container's first call to KMS would be.
  if (!optionalEnv('CURSOR_KEY_ID'))
    await standInCall({ clientName: 'KMSClient', commandName: 'GenerateMacCommand', input: { KeyId: 'local' } });
  cached ??= derive().catch((error: unknown) => {
    // A failed derivation (throttled KMS) is retried by the next request, not cached.
    cached = undefined;
    throw error;
  });
  return cached;
};
