/**
 * An event is a notice, not the payload: its `data` is kept under MAX_EVENT_DATA_BYTES, so every
 * event fits EventBridge's 256 KB PutEvents limit with room to batch. Model output (a run's answer,
 * a held tool call's input) is the only unbounded content; when `data` is over, long strings are
 * cut and long lists shortened, and `truncated: true` tells consumers to read the resource itself.
 * Ids and statuses are short, so they always survive.
 */

export const MAX_EVENT_DATA_BYTES = 32 * 1024;
const KEPT_STRING_CHARS = 2048;
const KEPT_LIST_ITEMS = 20;

const sizeOf = (value: unknown): number => Buffer.byteLength(JSON.stringify(value) ?? '', 'utf8');

const shrink = (value: unknown, strings: number, items: number): unknown => {
  if (typeof value === 'string') return value.length > strings ? `${value.slice(0, strings)}…` : value;
  if (Array.isArray(value)) return value.slice(0, items).map((v) => shrink(v, strings, items));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shrink(v, strings, items)]));
  return value;
};

export const boundedData = <T extends object>(data: T): T => {
  if (sizeOf(data) <= MAX_EVENT_DATA_BYTES) return data;
  // Halve what is kept until it fits; ids (under 64 characters) are never cut.
  for (let strings = KEPT_STRING_CHARS, items = KEPT_LIST_ITEMS; strings >= 64; strings /= 2, items = Math.max(1, Math.floor(items / 2))) {
    const shrunk = { ...(shrink(data, strings, items) as T), truncated: true };
    if (sizeOf(shrunk) <= MAX_EVENT_DATA_BYTES) return shrunk;
  }
  // Only a pathological shape (thousands of keys) gets here: keep the identifiers.
  return {
    ...Object.fromEntries(Object.entries(data).filter(([k, v]) => (k.endsWith('_id') || k === 'status') && typeof v === 'string')),
    truncated: true,
  } as T;
};
