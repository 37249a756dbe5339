import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { codesIn } from './thrown-codes';

/**
 * The error codes a route's handler can reach, found by reading the source: from the handler's
 * `handler` declaration, every top-level declaration it names (in its module, or imported by name
 * or namespace from another module under lambdas/), and the codes each of those throws. A static
 * reach by name, so it errs on the side of a code a branch could throw; a module loaded with
 * `import()` is not followed (the idempotency store, whose codes every idempotent route lists).
 */

const root = join(__dirname, '..', '..');

interface Module {
  /** Top-level declarations by name: their text. */
  declarations: Map<string, string>;
  /** Imported names: the module file and the name there; `*` for a namespace. */
  imports: Map<string, { file: string; name: string }>;
}

const modules = new Map<string, Module | null>();

const resolveImport = (from: string, spec: string): string | null => {
  if (!spec.startsWith('.')) return null;
  const base = join(dirname(from), spec);
  return [`${base}.ts`, join(base, 'index.ts')].find((candidate) => existsSync(candidate)) ?? null;
};

const DECLARATION = /^(?:export )?(?:async )?(?:const|let|function|class|abstract class) ([A-Za-z_$][\w$]*)/;

const parse = (file: string): Module => {
  const text = readFileSync(file, 'utf8');
  const imports = new Map<string, { file: string; name: string }>();
  for (const m of text.matchAll(/^import (type )?([^;]*?) from '([^']+)';/gm)) {
    const target = m[1] ? null : resolveImport(file, m[3] as string);
    if (!target) continue;
    const clause = m[2] as string;
    const namespace = clause.match(/^\* as (\w+)$/);
    if (namespace) imports.set(namespace[1] as string, { file: target, name: '*' });
    for (const named of clause.match(/\{([^}]*)\}/)?.[1]?.split(',') ?? []) {
      const [name, alias] = named
        .trim()
        .replace(/^type /, '')
        .split(/\s+as\s+/);
      if (name && !named.trim().startsWith('type ')) imports.set((alias ?? name).trim(), { file: target, name: name.trim() });
    }
  }
  // A declaration runs from its first line to the next line that starts another top-level statement.
  const declarations = new Map<string, string>();
  let current: { name: string; lines: string[] } | null = null;
  for (const line of text.split('\n')) {
    const starts = /^[^\s})\]]/.test(line);
    if (starts) {
      if (current) declarations.set(current.name, current.lines.join('\n'));
      const name = line.match(DECLARATION)?.[1];
      current = name ? { name, lines: [] } : null;
    }
    current?.lines.push(line);
  }
  if (current) declarations.set(current.name, current.lines.join('\n'));
  return { declarations, imports };
};

const moduleOf = (file: string): Module | null => {
  if (!modules.has(file)) modules.set(file, file.startsWith(join(root, 'lambdas')) ? parse(file) : null);
  return modules.get(file) ?? null;
};

/** The codes reachable from `name` in `file`. */
const reach = (file: string, name: string, seen: Set<string>, codes: Set<string>): void => {
  const key = `${file}#${name}`;
  const module = moduleOf(file);
  if (seen.has(key) || !module) return;
  seen.add(key);
  const text = module.declarations.get(name);
  if (text === undefined) return;
  for (const { code } of codesIn(text)) codes.add(code);
  for (const m of text.matchAll(/\b([A-Za-z_$][\w$]*)(?:\.([A-Za-z_$][\w$]*))?/g)) {
    const [, identifier = '', member] = m;
    if (identifier === name) continue;
    if (module.declarations.has(identifier)) reach(file, identifier, seen, codes);
    const imported = module.imports.get(identifier);
    if (!imported) continue;
    if (imported.name !== '*') reach(imported.file, imported.name, seen, codes);
    else if (member) reach(imported.file, member, seen, codes);
  }
};

/** The codes the route whose handler is `handler` (`agents/create`) can answer from its own code. */
export const routeCodes = (handler: string): Set<string> => {
  const codes = new Set<string>();
  reach(join(root, 'lambdas', 'http', `${handler}.ts`), 'handler', new Set(), codes);
  return codes;
};

/** What the request pipeline itself can answer (`httpHandler` and what it calls), which no route line lists. */
export const pipelineCodes = (): Set<string> => {
  const codes = new Set<string>();
  reach(join(root, 'lambdas', 'shared', 'http.ts'), 'httpHandler', new Set(), codes);
  return codes;
};
