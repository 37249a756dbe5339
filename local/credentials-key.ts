import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { localStateDir } from './paths';

/**
 * The local stand-in for the KMS key that wraps data keys: 32 random bytes kept in `.local/`,
 * created on first start. Deleting it makes stored credentials unreadable, as deleting the key would.
 */

const KEY_FILE = join(localStateDir, 'credentials-key');

const readKey = (): string | null => {
  try {
    return readFileSync(KEY_FILE, 'utf8').trim() || null;
  } catch {
    return null;
  }
};

export const localCredentialsKey = (): string => {
  const existing = readKey();
  if (existing) return existing;
  mkdirSync(localStateDir, { recursive: true });
  try {
    writeFileSync(KEY_FILE, randomBytes(32).toString('base64'), { mode: 0o600, flag: 'wx' });
  } catch {
    // Another process created it first: theirs is the key.
  }
  const created = readKey();
  if (!created) throw new Error(`could not create ${KEY_FILE}`);
  return created;
};
