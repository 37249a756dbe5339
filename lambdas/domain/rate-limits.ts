import type { RateLimitFigures } from './errors';
import { type Tier, tierLimits } from './tiers';

/**
 * Per-workspace limits (API.md "Rate limits and tiers") from the request counters: the figures
 * every response carries and whether a request is over. Deployed, API Gateway usage plans refuse
 * over-limit requests; locally the gateway emulation does, from the same figures.
 */

export interface RateState {
  tier: Tier;
  usedToday: number;
  usedThisMinute: number;
  now: Date;
}

const nextUtcMidnight = (now: Date) => Math.floor(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1) / 1000);
const nextMinute = (now: Date) => Math.floor(now.getTime() / 60_000) * 60 + 60;

/** The daily quota when the tier has one; for unlimited tiers, the per-minute rate. */
export const rateLimitFigures = (s: RateState): RateLimitFigures => {
  const limits = tierLimits[s.tier];
  const daily = limits.requestsPerDay !== null;
  const limit = limits.requestsPerDay ?? limits.requestsPerMinute;
  const used = daily ? s.usedToday : s.usedThisMinute;
  return { limit, remaining: Math.max(0, limit - used), resetAt: daily ? nextUtcMidnight(s.now) : nextMinute(s.now) };
};

export type RateVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number; window: 'day' | 'minute' };

export const rateVerdict = (s: RateState): RateVerdict => {
  const limits = tierLimits[s.tier];
  const nowSeconds = s.now.getTime() / 1000;
  if (limits.requestsPerDay !== null && s.usedToday > limits.requestsPerDay) {
    return { allowed: false, window: 'day', retryAfterSeconds: Math.ceil(nextUtcMidnight(s.now) - nowSeconds) };
  }
  if (s.usedThisMinute > limits.requestsPerMinute) {
    return { allowed: false, window: 'minute', retryAfterSeconds: Math.max(1, Math.ceil(nextMinute(s.now) - nowSeconds)) };
  }
  return { allowed: true };
};
