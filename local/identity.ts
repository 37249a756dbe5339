import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportJWK, generateKeyPair, importJWK, type JWK, SignJWT } from 'jose';
import { PLATFORM_ADMIN_GROUP } from '../lambdas/shared/platform-roles';
import { localStateDir } from './paths';

/**
 * The dev identity provider: an RS256 key pair kept in `.local/`, its JWKS served by the local
 * server, and tokens minted for any email. The authorizer verifies them exactly as it verifies
 * Cognito's or Clerk's tokens deployed.
 */

export const DEV_ISSUER = 'urn:agent-platform:local-idp';
export const DEV_AUDIENCE = 'agent-platform-local';
const KEY_FILE = join(localStateDir, 'dev-idp-key.json');
const TOKEN_TTL = '12h';

interface KeyFile {
  kid: string;
  privateJwk: JWK;
  publicJwk: JWK;
}

const loadOrCreateKeys = async (): Promise<KeyFile> => {
  try {
    return JSON.parse(readFileSync(KEY_FILE, 'utf8')) as KeyFile;
  } catch {
    const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
    const publicJwk = await exportJWK(publicKey);
    const kid = createHash('sha256').update(JSON.stringify(publicJwk)).digest('base64url').slice(0, 16);
    const keys: KeyFile = { kid, privateJwk: await exportJWK(privateKey), publicJwk };
    mkdirSync(localStateDir, { recursive: true });
    writeFileSync(KEY_FILE, JSON.stringify(keys), { mode: 0o600 });
    return keys;
  }
};

export const jwks = async () => {
  const { kid, publicJwk } = await loadOrCreateKeys();
  return { keys: [{ ...publicJwk, kid, alg: 'RS256', use: 'sig' }] };
};

/** The same email always maps to the same user id, so tokens minted at different times name one user. */
export const devUserId = (email: string): string =>
  `user_${createHash('sha256').update(email.trim().toLowerCase()).digest('hex').slice(0, 24)}`;

/** The dev signing key, for tests that need tokens the identity provider would never mint (expired, wrong audience). */
export const devSigningKey = async () => {
  const { kid, privateJwk } = await loadOrCreateKeys();
  return { kid, key: await importJWK(privateJwk, 'RS256') };
};

export interface TokenRequest {
  email: string;
  sub?: string;
  /** Puts the user in the platform operators' group, as an operator would in the Cognito pool. */
  platform_admin?: boolean;
  /** Defaults to true; false mints the token of a user who never verified their email (refused with 401). */
  email_verified?: boolean;
}

export const mintDevToken = async (request: TokenRequest): Promise<string> => {
  const { kid, key } = await devSigningKey();
  const email = request.email.trim().toLowerCase();
  const groups = request.platform_admin ? { 'cognito:groups': [PLATFORM_ADMIN_GROUP] } : {};
  return new SignJWT({ email, email_verified: request.email_verified ?? true, ...groups })
    .setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' })
    .setIssuer(DEV_ISSUER)
    .setAudience(DEV_AUDIENCE)
    .setSubject(request.sub ?? devUserId(email))
    .setIssuedAt()
    .setExpirationTime(TOKEN_TTL)
    .sign(key);
};
