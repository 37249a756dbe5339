/**
 * Folder paths inside an agent's file area (a published folder's `path`, a mount's `mount_path`):
 * always relative to that area and confined to it. Pure, so the same rule holds wherever a path
 * arrives. Refused: absolute paths, `..` segments, backslashes, NUL and other control characters,
 * more than 1,024 bytes; `a//b/./c/` is accepted as `a/b/c`.
 */

export const FOLDER_PATH_MAX_BYTES = 1024;

export type PathCheck = { ok: true; path: string } | { ok: false; issue: string };

// Control characters (NUL among them) cannot name a folder portably and hide in logs and consoles.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;

export const normaliseFolderPath = (raw: string): PathCheck => {
  if (Buffer.byteLength(raw, 'utf8') > FOLDER_PATH_MAX_BYTES) return { ok: false, issue: `longer than ${FOLDER_PATH_MAX_BYTES} bytes` };
  if (CONTROL_CHARACTERS.test(raw)) return { ok: false, issue: 'contains NUL or another control character' };
  // A backslash is a separator on Windows: `a\..\..\b` must not slip past the `..` rule.
  if (raw.includes('\\')) return { ok: false, issue: 'contains a backslash; separate folders with /' };
  if (raw.startsWith('/')) return { ok: false, issue: "is absolute; paths are relative to the agent's files, e.g. reports/2026" };
  const segments = raw.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.includes('..')) return { ok: false, issue: "contains '..'; paths cannot leave the agent's files" };
  if (segments.length === 0) return { ok: false, issue: 'names no folder' };
  return { ok: true, path: segments.join('/') };
};

/** Two normalised paths overlap when one is the other or lies inside it. */
export const pathsOverlap = (a: string, b: string): boolean => a === b || a.startsWith(`${b}/`) || b.startsWith(`${a}/`);
