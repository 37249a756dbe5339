import type { ToolDefinition } from '../../../../lambdas/domain/executions/tools';
import { assertValidInput } from '../../../../lambdas/flows/execution/tools/tool-input';

const pluginTool = (plugin_id: string, plugin_version: string, input_schema: Record<string, unknown>): ToolDefinition => ({
  name: 'lookup',
  description: 'Looks something up',
  input_schema,
  risk: 'read',
  plugin_id,
  plugin_version,
  endpoint: 'https://tools.example.com/lookup',
});

describe('checking a plugin tool call against its input schema', () => {
  it('compiles a 2020-12 schema in its own dialect, as publishing accepted it', () => {
    const tool = pluginTool('plg_a', '1.0.0', {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'object',
      properties: { pair: { type: 'array', prefixItems: [{ type: 'string' }, { type: 'integer' }], items: false } },
      required: ['pair'],
    });
    expect(() => assertValidInput(tool, { pair: ['a', 1] })).not.toThrow();
    expect(() => assertValidInput(tool, { pair: ['a', 1, 'extra'] })).toThrow(/does not match its schema/);
  });

  it("keeps each plugin version's schemas apart: a second tenant's schema with the same $id cannot replace the first", () => {
    const id = 'https://schemas.example/shared';
    const strict = pluginTool('plg_victim', '1.0.0', { $id: id, type: 'object', properties: { n: { type: 'integer', maximum: 5 } } });
    const lax = pluginTool('plg_attacker', '1.0.0', { $id: id, type: 'object', properties: { n: { type: 'integer' } } });
    expect(() => assertValidInput(lax, { n: 100 })).not.toThrow();
    expect(() => assertValidInput(strict, { n: 100 })).toThrow(/does not match its schema/);
  });

  it('answers a catastrophic-backtracking pattern on a 1 MB input within a second (the ReDoS attack)', () => {
    const tool = pluginTool('plg_b', '1.0.0', {
      type: 'object',
      properties: { s: { type: 'string', maxLength: 2_000_000, pattern: '^(a+)+$' } },
    });
    const started = performance.now();
    expect(() => assertValidInput(tool, { s: `${'a'.repeat(1_000_000)}!` })).toThrow(/does not match its schema/);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
