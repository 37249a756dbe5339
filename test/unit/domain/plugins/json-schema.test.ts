import { jsonSchemaProblem, newSchemaCompiler } from '../../../../lambdas/domain/plugins/json-schema';

const objectWith = (property: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  type: 'object',
  properties: { value: property },
  ...extra,
});

describe('checking a tool input schema at publish time', () => {
  it('accepts a bounded draft-07 schema and a 2020-12 one', () => {
    expect(jsonSchemaProblem(objectWith({ type: 'string', maxLength: 100, pattern: '^[a-z]+$' }))).toBeNull();
    expect(
      jsonSchemaProblem({
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        ...objectWith({ type: 'array', prefixItems: [{ type: 'string' }, { type: 'integer' }], items: false }),
      }),
    ).toBeNull();
  });

  it.each([
    ['a pattern without maxLength', objectWith({ type: 'string', pattern: '^a+$' })],
    ['a format without maxLength', objectWith({ type: 'string', format: 'email' })],
    ['unique object items without maxItems', objectWith({ type: 'array', uniqueItems: true, items: { type: 'object' } })],
  ])('refuses %s (the secure meta-schema)', (_, schema) => {
    expect(jsonSchemaProblem(schema)).toMatch(/slow/);
  });

  it.each([
    ['a back-reference', '^(a)\\1$'],
    ['a lookahead', '^(?=a)a$'],
  ])('refuses a pattern with %s, which a linear engine cannot run', (_, pattern) => {
    expect(jsonSchemaProblem(objectWith({ type: 'string', maxLength: 100, pattern }))).toMatch(/not a valid JSON Schema/);
  });
});

describe('validating tool input against an untrusted schema', () => {
  it('answers a catastrophic-backtracking pattern on a 1 MB input within a second (the ReDoS attack)', () => {
    const schema = objectWith({ type: 'string', maxLength: 2_000_000, pattern: '^(a+)+$' });
    expect(jsonSchemaProblem(schema)).toBeNull();
    const validate = newSchemaCompiler(schema).compile(schema);
    const started = performance.now();
    expect(validate({ value: `${'a'.repeat(1_000_000)}!` })).toBe(false);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(validate({ value: 'aaa' })).toBe(true);
  });

  it('runs patternProperties on the linear engine too', () => {
    const schema = { type: 'object', patternProperties: { '^(x+)+$': { type: 'string' } }, propertyNames: { maxLength: 2_000_000 } };
    const validate = newSchemaCompiler(schema).compile(schema);
    const started = performance.now();
    expect(validate({ [`${'x'.repeat(100_000)}!`]: 1 })).toBe(true);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
