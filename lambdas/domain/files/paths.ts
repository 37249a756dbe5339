import { InvalidInput } from '../errors';

/**
 * Paths of an agent's files, relative to its `files/` prefix. A path is normalised (Unicode NFC,
 * `.` segments and repeated slashes dropped) and confined: it can never climb out of the prefix
 * (`..`), start at a root (`/`, `C:`), or carry bytes that mean something else to a file system,
 * a shell or a log (NUL and other control characters, backslashes).
 */

/**
 * S3 keys are at most 1,024 bytes and the agent's prefix (`ws/<ws>/agents/<agent>/files/`) takes
 * 79 of them; a longer path could never be stored, so it is refused up front.
 */
export const MAX_PATH_BYTES = 1024 - 'ws/ws_01HZZZZZZZZZZZZZZZZZZZZZZZ/agents/agent_01HZZZZZZZZZZZZZZZZZZZZZZZ/files/'.length;
/** What common file systems allow for one name, so a downloaded tree can be written to disk. */
export const MAX_SEGMENT_BYTES = 255;

const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const DRIVE = /^[A-Za-z]:/;

const bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

/** Why `raw` is not an acceptable path (or prefix), or its normalised form. */
export const checkPath = (raw: string, kind: 'file' | 'prefix'): { path: string } | { issue: string } => {
  if (raw.includes('\u0000')) return { issue: 'must not contain NUL' };
  if (CONTROL.test(raw)) return { issue: 'must not contain control characters' };
  if (raw.includes('\\')) return { issue: 'must not contain backslashes; separate folders with /' };
  if (raw.startsWith('/') || DRIVE.test(raw)) return { issue: "must be relative to the agent's files, without a leading / or drive" };
  const text = raw.normalize('NFC');
  const segments = text.split('/');
  if (segments.includes('..')) return { issue: 'must not contain .. segments' };
  // A prefix keeps its last, possibly partial or empty, segment: `docs/` lists a folder, `rep` matches `report.txt`.
  const last = kind === 'prefix' ? (segments.pop() ?? '') : '';
  const kept = segments.filter((s) => s !== '' && s !== '.');
  const path = kind === 'prefix' ? [...kept, last === '.' ? '' : last].join('/') : kept.join('/');
  if (kind === 'file' && (path === '' || text.endsWith('/'))) return { issue: 'must name a file: not empty and not ending in /' };
  if ([...kept, last].some((s) => bytes(s) > MAX_SEGMENT_BYTES))
    return { issue: `each name between slashes is at most ${MAX_SEGMENT_BYTES} bytes` };
  if (bytes(raw) > 1024 || bytes(path) > MAX_PATH_BYTES) return { issue: `must be at most ${MAX_PATH_BYTES} bytes (UTF-8)` };
  return { path };
};

const orThrow = (result: ReturnType<typeof checkPath>, field: string): string => {
  if ('issue' in result) throw new InvalidInput(`${field} is not a valid file path: it ${result.issue}`, [{ field, issue: result.issue }]);
  return result.path;
};

export const normaliseFilePath = (raw: string, field = 'path'): string => orThrow(checkPath(raw, 'file'), field);
export const normalisePrefix = (raw: string, field = 'prefix'): string => orThrow(checkPath(raw, 'prefix'), field);

/** The last name of a path, for `Content-Disposition`. */
export const fileName = (path: string): string => path.slice(path.lastIndexOf('/') + 1);
