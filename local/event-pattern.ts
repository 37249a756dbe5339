/**
 * EventBridge event-pattern matching for the in-process bus, so local rules select the same events
 * as deployed ones: value lists, nested fields, and the `prefix`, `anything-but`, `exists` filters.
 */

export type EventPattern = { [field: string]: EventPattern | unknown[] };

type Filter = { prefix?: string; 'anything-but'?: unknown; exists?: boolean };

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const matchesFilter = (candidate: unknown, present: boolean, allowed: unknown): boolean => {
  if (!isPlainObject(allowed)) return present && candidate === allowed;
  const filter = allowed as Filter;
  if (filter.exists !== undefined) return filter.exists === present;
  if (!present) return false;
  if (filter.prefix !== undefined) return typeof candidate === 'string' && candidate.startsWith(filter.prefix);
  if (filter['anything-but'] !== undefined) {
    const excluded = Array.isArray(filter['anything-but']) ? filter['anything-but'] : [filter['anything-but']];
    return !excluded.includes(candidate);
  }
  return false;
};

const matchesValues = (value: unknown, present: boolean, allowed: unknown[]): boolean => {
  const candidates = Array.isArray(value) ? value : [value];
  return allowed.some((a) => candidates.some((c) => matchesFilter(c, present, a)) || (!present && matchesFilter(undefined, false, a)));
};

export const matchesPattern = (event: Record<string, unknown>, pattern: EventPattern): boolean =>
  Object.entries(pattern).every(([field, rule]) => {
    const present = Object.hasOwn(event, field);
    const value = event[field];
    if (Array.isArray(rule)) return matchesValues(value, present, rule);
    return isPlainObject(value) && matchesPattern(value, rule as EventPattern);
  });
