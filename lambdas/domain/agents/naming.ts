import { createHash } from 'node:crypto';

/** API.md §1: the slug is derived from the name (lowercase, non-alphanumeric runs → `-`, trimmed, ≤ 63). */

export const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

export const slugify = (name: string): string =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63)
    .replace(/-+$/g, '');

/** A stable, readable colour per agent when none is chosen: the same id always gets the same colour. */
export const colorFromId = (id: string): string => {
  const hue = createHash('sha256').update(id).digest().readUInt16BE(0) % 360;
  const [r, g, b] = hslToRgb(hue, 0.55, 0.5);
  return `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('').toUpperCase()}`;
};

const hslToRgb = (h: number, s: number, l: number): [number, number, number] => {
  const k = (n: number) => (n + h / 30) % 12;
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => l - a * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1)));
  return [f(0), f(8), f(4)].map((c) => Math.round(c * 255)) as [number, number, number];
};
