/**
 * Resource hints as the seed APIs write them (`{"cpu": "2", "memory": "4g"}`): CPU as a number, a numeric
 * string or Kubernetes millicores (`"500m"`); memory with a unit (`512m`, `4g`, `4Gi`, `512MB`). Stored in
 * one form — CPU a number, memory `<n>m` or `<n>g` — so filters and views never see two spellings.
 */

const CPU = /^(\d{1,3}(?:\.\d{1,3})?)(m?)$/;
const MEMORY = /^(\d{1,6})\s*([mg])(?:i|b)?$/i;

/** A positive CPU count, or null when the text is not one. */
export const parseCpu = (value: number | string): number | null => {
  if (typeof value === 'number') return value;
  const match = CPU.exec(value.trim());
  if (!match) return null;
  const amount = Number(match[1]);
  return match[2] === 'm' ? amount / 1000 : amount;
};

/** `<n>m` or `<n>g`, or null when the text is not a memory size. */
export const parseMemory = (value: string): string | null => {
  const match = MEMORY.exec(value.trim());
  return match ? `${Number(match[1])}${(match[2] as string).toLowerCase()}` : null;
};
