import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * The error codes the source can answer with, found by reading it: the code argument of every
 * `new <ErrorClass>(…)` (NotFound's resource turned into `<RESOURCE>_NOT_FOUND`), the codes the
 * error classes set themselves, and the gateway's own answers. A static scan, so a code in a branch
 * no test reaches is found too.
 */

export interface ThrownCode {
  code: string;
  /** The status the constructing class gives it; null where the call names the status itself. */
  status: number | null;
  where: string;
}

const CLASS_STATUS: Record<string, number | null> = {
  InvalidInput: 400,
  Forbidden: 403,
  NotFound: 404,
  Conflict: 409,
  Unprocessable: 422,
  TooManyRequests: 429,
  ApiError: null,
};

const root = join(__dirname, '..', '..');

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [path] : [];
  });

/** The text of the call starting at `open` (an opening parenthesis), skipping strings and template literals. */
const callAt = (text: string, open: number): string => {
  let depth = 0;
  let quote: string | null = null;
  for (let i = open; i < text.length; i += 1) {
    const c = text[i];
    if (quote) {
      if (c === '\\') i += 1;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === "'" || c === '"' || c === '`') quote = c;
    else if (c === '(') depth += 1;
    else if (c === ')' && (depth -= 1) === 0) return text.slice(open, i + 1);
  }
  return text.slice(open);
};

const CODE = /'([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[A-Z]{4,})'/g;

export const thrownCodes = (): ThrownCode[] => {
  const found: ThrownCode[] = [];
  for (const file of [...sourceFiles(join(root, 'lambdas')), ...sourceFiles(join(root, 'local'))]) {
    const text = readFileSync(file, 'utf8');
    const where = relative(root, file);
    if (where === join('lambdas', 'shared', 'errors.ts')) {
      for (const m of text.matchAll(/super\(\s*(\d{3}),\s*'([A-Z_]+)'/g)) found.push({ code: m[2] as string, status: Number(m[1]), where });
      for (const m of text.matchAll(/code = '([A-Z_]+)'/g)) found.push({ code: m[1] as string, status: null, where });
      continue;
    }
    for (const m of text.matchAll(/new (InvalidInput|Forbidden|NotFound|Conflict|Unprocessable|TooManyRequests|ApiError)\(/g)) {
      const cls = m[1] as string;
      const call = callAt(text, (m.index ?? 0) + m[0].length - 1);
      if (cls === 'NotFound') {
        // The resource is the call's last plain-quoted argument: `new NotFound(message, 'agent')`, with or without a trailing comma.
        const resource = [...call.matchAll(/,\s*'([a-z_]+)'\s*,?\s*\)$/g)].pop()?.[1];
        found.push({ code: resource ? `${resource.toUpperCase()}_NOT_FOUND` : 'NOT_FOUND', status: 404, where });
        continue;
      }
      for (const c of call.matchAll(CODE)) found.push({ code: c[1] as string, status: CLASS_STATUS[cls] ?? null, where });
    }
  }
  const gateway = readFileSync(join(root, 'lib', 'api', 'gateway-responses.ts'), 'utf8');
  for (const m of gateway.matchAll(/code: '([A-Z_]+)'/g))
    found.push({ code: m[1] as string, status: null, where: 'lib/api/gateway-responses.ts' });
  return found;
};
