import { optionalEnv } from './env';

/**
 * CORS on the answers themselves: with Lambda proxy integrations the gateway's preflight is not
 * enough, the browser also needs `Access-Control-Allow-Origin` on the response. Allowed origins
 * come from the environment config (`*` in dev and locally).
 */

// Read on first use, not at import: the local gateway imports this module before the runtime sets the environment.
let allowed: string[] | undefined;
const allowedOrigins = (): string[] =>
  (allowed ??= (optionalEnv('CORS_ALLOW_ORIGINS') ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean));

/** The request headers of API.md §1 a browser may send cross-origin (the preflight's answer). */
export const CORS_REQUEST_HEADERS = ['Authorization', 'Content-Type', 'X-API-Key', 'X-Workspace-ID', 'Idempotency-Key', 'If-Match'];

const EXPOSED =
  'X-Request-Id, ETag, Location, Retry-After, Idempotent-Replayed, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset';

export const corsHeaders = (origin: string | undefined): Record<string, string> => {
  const allowed = allowedOrigins();
  if (!origin || allowed.length === 0) return {};
  if (allowed.includes('*')) return { 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': EXPOSED };
  if (!allowed.includes(origin)) return {};
  return { 'Access-Control-Allow-Origin': origin, 'Access-Control-Expose-Headers': EXPOSED, Vary: 'Origin' };
};
