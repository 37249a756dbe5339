import { readFileSync } from 'node:fs';
import { sourceFilesUnder } from './source-files';
import { join, relative } from 'node:path';

/**
 * The error codes the source can answer with, found by reading it: the code argument of every
 * `new <ErrorClass>(…)` (NotFound's resource turned into `<RESOURCE>_NOT_FOUND`), the codes the
 * error classes set themselves (`super('CODE', …)`), and the gateway's own answers. A static scan,
 * so a code in a branch no test reaches is found too.
 */

export interface ThrownCode {
  code: string;
  /** The family the error's class names (`Conflict`, `NotFound`, …); null for a bare DomainError or a gateway answer. */
  kind: string | null;
  where: string;
}

/** The classes whose name says which kind of refusal their codes are. */
export const KINDS = ['InvalidInput', 'Forbidden', 'NotFound', 'Conflict', 'Unprocessable', 'TooManyRequests'] as const;
const kindOf = (cls: string | undefined): string | null => (KINDS as readonly string[]).find((k) => k === cls) ?? null;

const root = join(__dirname, '..', '..');

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

/** The codes a piece of source throws or fixes, with the kind its class names. */
export const codesIn = (text: string): Omit<ThrownCode, 'where'>[] => {
  const found: Omit<ThrownCode, 'where'>[] = [];
  // A class that fixes its code: `class X extends Conflict { … super('CODE', …) }`, and the defaults of the kinds.
  for (const m of text.matchAll(/class (\w+) extends (\w+) \{[\s\S]*?\n\}/g)) {
    const kind = kindOf(m[1]) ?? kindOf(m[2]);
    for (const c of (m[0] as string).matchAll(/super\(\s*'([A-Z_]+)'/g)) found.push({ code: c[1] as string, kind });
    for (const c of (m[0] as string).matchAll(/code: ErrorCode = '([A-Z_]+)'/g)) found.push({ code: c[1] as string, kind });
  }
  for (const m of text.matchAll(/new (InvalidInput|Forbidden|NotFound|Conflict|Unprocessable|TooManyRequests|DomainError)\(/g)) {
    const cls = m[1] as string;
    const call = callAt(text, (m.index ?? 0) + m[0].length - 1);
    if (cls === 'NotFound') {
      // The resource is the call's last plain-quoted argument: `new NotFound(message, 'agent')`, with or without a trailing comma.
      const resource = [...call.matchAll(/,\s*'([a-z_]+)'\s*,?\s*\)$/g)].pop()?.[1];
      found.push({ code: resource ? `${resource.toUpperCase()}_NOT_FOUND` : 'NOT_FOUND', kind: cls });
      continue;
    }
    for (const c of call.matchAll(CODE)) found.push({ code: c[1] as string, kind: kindOf(cls) });
  }
  return found;
};

export const thrownCodes = (): ThrownCode[] => {
  const found: ThrownCode[] = [];
  for (const file of [...sourceFilesUnder(join(root, 'lambdas')), ...sourceFilesUnder(join(root, 'local'))]) {
    const where = relative(root, file);
    for (const c of codesIn(readFileSync(file, 'utf8'))) found.push({ ...c, where });
  }
  const gateway = readFileSync(join(root, 'lib', 'api', 'gateway-responses.ts'), 'utf8');
  for (const m of gateway.matchAll(/code: '([A-Z_]+)'/g))
    found.push({ code: m[1] as string, kind: null, where: 'lib/api/gateway-responses.ts' });
  return found;
};
