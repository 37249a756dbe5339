import { readFileSync } from 'node:fs';
import { sourceFilesUnder } from '../../support/source-files';
import { join, relative } from 'node:path';
import { routes } from '../../../lambdas/http/routes';

/**
 * STYLE.md's path of a request: a handler parses, calls one use case and renders a view; only use
 * cases reach the repositories. And use cases know nothing of HTTP.
 */

const lambdas = join(__dirname, '../../../lambdas');

const importsOf = (file: string): string[] =>
  [...readFileSync(file, 'utf8').matchAll(/^import[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1] as string);

describe('the layers a request passes through', () => {
  it.each([...new Set(routes.map((r) => r.handler))])('the %s handler reaches the table only through use cases', (handler) => {
    expect(importsOf(join(lambdas, 'http', `${handler}.ts`)).filter((path) => /(^|\/)data\//.test(path))).toEqual([]);
  });

  it('use cases import nothing from http/', () => {
    const offending = sourceFilesUnder(join(lambdas, 'use-cases')).filter((file) =>
      importsOf(file).some((path) => /(^|\/)http\//.test(path)),
    );
    expect(offending.map((file) => relative(lambdas, file))).toEqual([]);
  });
});
