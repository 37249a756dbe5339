import { JwtRsaVerifier } from 'aws-jwt-verify';
import { SimpleJwksCache } from 'aws-jwt-verify/jwk';
import type { JwtPayload } from 'aws-jwt-verify/jwt-model';
import { optionalEnv, requiredEnv } from '../shared/env';
import { PLATFORM_ADMIN_GROUP } from '../shared/platform-roles';
import { jwksFetcher } from './jwks-fetcher';

/** Verifies bearer tokens of the configured OIDC issuer (Cognito by default; Clerk, Auth0… by configuration). */

const issuer = requiredEnv('JWT_ISSUER');

/**
 * `true` only when the issuer is the platform's own user pool (CDK sets it when it creates the pool;
 * the local runtime for its dev identity provider): only then does the `platform_admin` group in
 * `cognito:groups` make a platform operator. An external issuer's groups and claims never do.
 */
const issuerGroupsTrusted = optionalEnv('PLATFORM_ADMIN_GROUP_TRUSTED') === 'true';

const verifier = JwtRsaVerifier.create(
  {
    issuer,
    audience: requiredEnv('JWT_AUDIENCE'),
    jwksUri: optionalEnv('JWKS_URI') ?? `${issuer.replace(/\/$/, '')}/.well-known/jwks.json`,
  },
  { jwksCache: new SimpleJwksCache({ fetcher: jwksFetcher }) },
);

export interface TokenIdentity {
  user_id: string;
  email: string;
  platform_admin: boolean;
}

export type BearerCheck =
  | { kind: 'verified'; identity: TokenIdentity }
  /** A valid token the platform still refuses; `reason` is the 401 message. */
  | { kind: 'refused'; reason: string }
  | { kind: 'invalid' };

export const EMAIL_NOT_VERIFIED =
  "this token's email address is not verified (email_verified is not true); verify it with the identity provider and sign in again";

const isPlatformAdmin = (claims: JwtPayload): boolean =>
  issuerGroupsTrusted && Array.isArray(claims['cognito:groups']) && claims['cognito:groups'].includes(PLATFORM_ADMIN_GROUP);

/**
 * `invalid` for any token that is not valid now: bad signature, `alg: none`, wrong issuer or audience,
 * expired, no subject or email. A valid token whose email is not verified is `refused`: memberships
 * and shares are granted by email, so an unverified address must never reach them.
 */
export const verifyBearer = async (authorization: string | undefined): Promise<BearerCheck> => {
  const token = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (!token) return { kind: 'invalid' };
  let claims: JwtPayload;
  try {
    claims = await verifier.verify(token);
  } catch {
    return { kind: 'invalid' };
  }
  const email = typeof claims.email === 'string' ? claims.email.toLowerCase() : '';
  if (!claims.sub || !email) return { kind: 'invalid' };
  if (claims.email_verified !== true) return { kind: 'refused', reason: EMAIL_NOT_VERIFIED };
  return { kind: 'verified', identity: { user_id: claims.sub, email, platform_admin: isPlatformAdmin(claims) } };
};
