/** When to try again: `Retry-After` when the platform says, otherwise exponential back-off with full jitter; never past the cap. */

const baseDelayMs = 250;

export const retryAfterMs = (header: string | null, now = Date.now()): number | undefined => {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
};

export const retryDelayMs = (attempt: number, retryAfter: number | undefined, capMs: number, random = Math.random): number => {
  if (retryAfter !== undefined) return Math.min(retryAfter, capMs);
  return Math.floor(random() * Math.min(capMs, baseDelayMs * 2 ** attempt));
};

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** A request may be sent twice when the method says so or when an `Idempotency-Key` makes the platform replay the first answer. */
export const safeToRepeat = (method: string, idempotencyKey: string | undefined): boolean =>
  ['GET', 'HEAD', 'PUT', 'DELETE'].includes(method) || idempotencyKey !== undefined;
