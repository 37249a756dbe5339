import { transformSync } from 'esbuild';
import { withPureConstants } from '../../../lib/build/unused-schemas';

const source = [
  "import * as z from 'zod';",
  'const limit = 3;',
  "const label = 'agent';",
  'const view = (a: string) => a;',
  'export const body = z.object({ name: z.string().max(limit) });',
  "const note = ['a', 'b'].join(' ');",
  "const levels = ['a', 'b'] as const; // trailing",
  'const shaped = { a: 1 } satisfies Record<string, number>;',
  "const assetDir = requiredEnv('SWAGGER_UI_DIR');",
  'function later() {',
  '  const inner = z.string();',
  '  return inner;',
  '}',
].join('\n');

describe('top-level constants marked pure for the bundler', () => {
  const marked = withPureConstants(source, 'routes.ts');

  it('wraps every initializer that runs code, so an unused schema or route line is dropped', () => {
    expect(marked).toContain('export const body = /* @__PURE__ */ (() => (z.object({ name: z.string().max(limit) })))();');
    expect(marked).toContain("const note = /* @__PURE__ */ (() => (['a', 'b'].join(' ')))();");
  });

  it('keeps `as const`, `satisfies` and a trailing comment inside the wrapper, where they still parse', () => {
    expect(marked).toContain("const levels = /* @__PURE__ */ (() => (['a', 'b'] as const))(); // trailing");
    expect(marked).toContain('const shaped = /* @__PURE__ */ (() => ({ a: 1 } satisfies Record<string, number>))();');
  });

  it('still compiles', () => {
    expect(() => transformSync(marked, { loader: 'ts' })).not.toThrow();
  });

  it('leaves a read of the environment as written, so a missing variable still fails the load', () => {
    expect(marked).toContain("const assetDir = requiredEnv('SWAGGER_UI_DIR');");
  });

  it('leaves literals, functions and anything inside a function as written', () => {
    expect(marked).toContain('const limit = 3;');
    expect(marked).toContain("const label = 'agent';");
    expect(marked).toContain('const view = (a: string) => a;');
    expect(marked).toContain('  const inner = z.string();');
  });
});
