import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type AccessPattern, patternQuery, patterns } from '../../../lambdas/data/patterns';

/** Access patterns (lambdas/data/patterns.ts): the only place queries are built, indexes named and key prefixes spelled. */

const root = join(__dirname, '../../..');
const lambdas = join(root, 'lambdas');
const KEYS = 'lambdas/data/keys.ts';
const PATTERNS = 'lambdas/data/patterns.ts';

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );

/** The code of a module without its comments (comments may name prefixes to explain keys). */
const code = (file: string) =>
  readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');

/** Every key prefix keys.ts spells: a string or template literal opening with capitals and `#`. */
const keyPrefixes = [...new Set([...code(join(root, KEYS)).matchAll(/['`]([A-Z][A-Z_]*#)/g)].map((m) => m[1] as string))];

/** Each argument of a pattern printed as its name: `WS#<ws>#AGENTS`. */
const placeholders = new Proxy({}, { get: (_, name) => `<${String(name)}>` });

/** The markdown table of every pattern, as keys.ts' header shows it. */
const renderPatternTable = (): string => {
  const rows = Object.entries(patterns).map(([name, p]: [string, AccessPattern<never>]) => {
    const sort = p.sortPrefix ? `\`${p.sortPrefix(placeholders as never)}…\`` : '';
    return `| ${name} | ${p.index} | \`${p.partition(placeholders as never)}\` | ${sort} | ${p.description} |`;
  });
  return ['| pattern | index | partition | sort key | answers |', '|---|---|---|---|---|', ...rows].join('\n');
};

const otherModules = sourceFiles(lambdas)
  .map((file) => ({ file, path: relative(root, file) }))
  .filter(({ path }) => path !== KEYS && path !== PATTERNS);

describe('access patterns', () => {
  it("are the table of queries keys.ts' header shows, so the document cannot drift from the code", () => {
    const header = readFileSync(join(root, KEYS), 'utf8');
    const commented = renderPatternTable()
      .split('\n')
      .map((line) => ` * ${line}`)
      .join('\n');
    expect(header).toContain(commented);
  });

  it('build a prefix query on the index they name', () => {
    expect(patternQuery(patterns.apiKeysOf, { ws: 'ws_1' })).toEqual({
      TableName: 'unit-test-table',
      IndexName: 'GSI1',
      KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :prefix)',
      ExpressionAttributeNames: { '#pk': 'GSI1PK', '#sk': 'GSI1SK' },
      ExpressionAttributeValues: { ':pk': 'WS#ws_1#APIKEYS', ':prefix': 'KEY#' },
    });
  });

  it("build a partition query on the table, joining the caller's own names and values", () => {
    expect(
      patternQuery(
        patterns.agentItems,
        { agent: 'agt_1' },
        { FilterExpression: '#s = :s', ExpressionAttributeNames: { '#s': 'size' }, ExpressionAttributeValues: { ':s': 1 } },
      ),
    ).toEqual({
      TableName: 'unit-test-table',
      KeyConditionExpression: '#pk = :pk',
      FilterExpression: '#s = :s',
      ExpressionAttributeNames: { '#pk': 'PK', '#s': 'size' },
      ExpressionAttributeValues: { ':pk': 'AGENT#agt_1', ':s': 1 },
    });
  });

  it('build a sort-key range or an exact sort key in place of the prefix', () => {
    const range = patternQuery(patterns.activeExecutionsDue, { shard: 3 }, { sort: { between: ['REAP#', 'REAP#2026'] } });
    expect(range.KeyConditionExpression).toBe('#pk = :pk AND #sk BETWEEN :low AND :high');
    expect(range.ExpressionAttributeValues).toEqual({ ':pk': 'EXECUTIONS#ACTIVE#3', ':low': 'REAP#', ':high': 'REAP#2026' });
    const exact = patternQuery(patterns.apiKeysOf, { ws: 'ws_1' }, { sort: { equals: 'KEY#key_1' } });
    expect(exact.KeyConditionExpression).toBe('#pk = :pk AND #sk = :sk');
    expect(exact.ExpressionAttributeValues).toEqual({ ':pk': 'WS#ws_1#APIKEYS', ':sk': 'KEY#key_1' });
  });

  it('find the key prefixes keys.ts spells (the scan below works)', () => {
    expect(keyPrefixes).toEqual(expect.arrayContaining(['WS#', 'AGENT#', 'KEY#', 'APIKEY#', 'DELETED#', 'EXEC#']));
  });

  it('are the only queries: no other module writes a key condition', () => {
    const offending = otherModules.filter(({ file }) => /KeyConditionExpression/.test(code(file))).map(({ path }) => path);
    expect(offending).toEqual([]);
  });

  it('are the only place an index is named (besides the table definition that declares them)', () => {
    const offending = otherModules
      .filter(({ path }) => path !== 'lambdas/data/table-definition.ts')
      .filter(({ file }) => /IndexName\s*:\s*['"`]|['"`]GSI\d+['"`]/.test(code(file)))
      .map(({ path }) => path);
    expect(offending).toEqual([]);
  });

  it('leave every key prefix to keys.ts', () => {
    const literal = new RegExp(`['"\`](${keyPrefixes.join('|')})`);
    const offending = otherModules.filter(({ file }) => literal.test(code(file))).map(({ path }) => path);
    expect(offending).toEqual([]);
  });
});
