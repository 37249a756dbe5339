import { createHash } from 'node:crypto';

/** API.md §1: the slug is derived from the name (lowercase, non-alphanumeric runs → `-`, trimmed, ≤ 63). */

export const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

const SLUG_MAX = 63;
const isSlugChar = (code: number): boolean => (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);

/** One pass that stops once the slug is full: a long name costs no more than its first alphanumeric characters. */
export const slugify = (name: string): string => {
  const text = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  let slug = '';
  let gap = false;
  for (let i = 0; i < text.length && slug.length < SLUG_MAX; i += 1) {
    const code = text.charCodeAt(i);
    if (!isSlugChar(code)) {
      gap = true;
      continue;
    }
    if (gap && slug) {
      if (slug.length + 1 >= SLUG_MAX) break;
      slug += '-';
    }
    gap = false;
    slug += text[i];
  }
  return slug;
};

/** A stable, readable colour per agent when none is chosen: the same id always gets the same colour. */
export const colorFromId = (id: string): string => {
  const hue = createHash('sha256').update(id).digest().readUInt16BE(0) % 360;
  const [r, g, b] = hslToRgb(hue, 0.55, 0.5);
  return `#${[r, g, b]
    .map((c) => c.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase()}`;
};

const hslToRgb = (h: number, s: number, l: number): [number, number, number] => {
  const k = (n: number) => (n + h / 30) % 12;
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => l - a * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1)));
  return [f(0), f(8), f(4)].map((c) => Math.round(c * 255)) as [number, number, number];
};
