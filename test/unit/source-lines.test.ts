import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { patterns } from '../../lambdas/data/patterns';

/**
 * Lines stay within the formatter's width (biome.json `lineWidth`), which Biome cannot hold comments, string
 * and template literals to. Exempt: the generated SDK schema, and the rows of keys.ts' table of queries, which
 * are rendered from the access patterns (test/unit/data/patterns.test.ts compares them).
 */

const root = join(__dirname, '../..');
const MAX_CHARACTERS = 140;
const GENERATED = 'packages/sdk/src/schema.ts';
const KEYS = 'lambdas/data/keys.ts';

const trackedSources = execFileSync('git', ['ls-files', '*.ts', '*.js', '*.mjs'], { cwd: root, encoding: 'utf8' })
  .split('\n')
  .filter((file) => file !== '' && file !== GENERATED);

/** A row of keys.ts' table of queries: ` * | <pattern name> | …`. */
const isPatternRow = (file: string, line: string): boolean => {
  const name = /^ \* \| (\w+) \|/.exec(line)?.[1];
  return file === KEYS && name !== undefined && Object.hasOwn(patterns, name);
};

const longLines = (file: string): string[] =>
  readFileSync(join(root, file), 'utf8')
    .split('\n')
    .flatMap((line, i) => ([...line].length > MAX_CHARACTERS && !isPatternRow(file, line) ? [`${file}:${i + 1}`] : []));

describe('source lines', () => {
  it('finds the tracked sources', () => {
    expect(trackedSources).toEqual(expect.arrayContaining(['lambdas/data/keys.ts', 'packages/sdk/build.mjs', 'jest.config.js']));
  });

  it(`are at most ${MAX_CHARACTERS} characters in every tracked .ts, .js and .mjs file`, () => {
    expect(trackedSources.flatMap(longLines)).toEqual([]);
  });
});
