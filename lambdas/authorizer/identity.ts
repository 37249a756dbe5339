import { JwtRsaVerifier } from 'aws-jwt-verify';
import { SimpleJwksCache } from 'aws-jwt-verify/jwk';
import { optionalEnv, requiredEnv } from '../shared/env';
import { PLATFORM_ADMIN_GROUP } from '../shared/platform-roles';
import { jwksFetcher } from './jwks-fetcher';

/** Verifies bearer tokens of the configured OIDC issuer (Cognito by default; Clerk, Auth0… by configuration). */

const issuer = requiredEnv('JWT_ISSUER');

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

/** Answers null for any token that is not valid now: bad signature, `alg: none`, wrong issuer or audience, expired. */
export const verifyBearer = async (authorization: string | undefined): Promise<TokenIdentity | null> => {
  const token = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (!token) return null;
  try {
    const claims = await verifier.verify(token);
    const groups = Array.isArray(claims['cognito:groups']) ? (claims['cognito:groups'] as unknown[]) : [];
    const email = typeof claims.email === 'string' ? claims.email.toLowerCase() : '';
    if (!claims.sub || !email) return null;
    return {
      user_id: claims.sub,
      email,
      platform_admin: claims.platform_admin === true || groups.includes(PLATFORM_ADMIN_GROUP),
    };
  } catch {
    return null;
  }
};
