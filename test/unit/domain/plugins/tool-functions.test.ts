import {
  isRegisteredToolFunction,
  parseToolFunctionRegistry,
  unregisteredToolFunctions,
} from '../../../../lambdas/domain/plugins/tool-functions';

const LOOKUP = 'arn:aws:lambda:eu-west-1:111122223333:function:invoice-lookup';
const registry = parseToolFunctionRegistry(JSON.stringify({ 'invoice-tools': [LOOKUP] }));
const tool = (endpoint?: string) => ({
  name: 't',
  description: 'T',
  input_schema: {},
  risk: 'read' as const,
  ...(endpoint ? { endpoint } : {}),
});

describe('the registry of plugin tool functions', () => {
  it('lets a plugin name only the functions registered to it', () => {
    expect(isRegisteredToolFunction(registry, 'invoice-tools', LOOKUP)).toBe(true);
    expect(isRegisteredToolFunction(registry, 'other-plugin', LOOKUP)).toBe(false);
    expect(isRegisteredToolFunction(registry, 'invoice-tools', `${LOOKUP}-2`)).toBe(false);
  });

  it('reports each tool naming an unregistered function, and leaves HTTPS and platform tools alone', () => {
    const manifest = {
      name: 'invoice-tools',
      tools: [tool(LOOKUP), tool('https://tools.example/x'), tool(), tool('arn:aws:lambda:eu-west-1:111122223333:function:billing')],
    };
    expect(unregisteredToolFunctions(manifest, registry).map((p) => p.field)).toEqual(['plugin.json:tools[3].endpoint']);
  });

  it('is empty when unset, so no plugin tool runs on Lambda', () => {
    expect(unregisteredToolFunctions({ name: 'invoice-tools', tools: [tool(LOOKUP)] }, parseToolFunctionRegistry(undefined))).toHaveLength(
      1,
    );
  });

  it('refuses a malformed registry at load', () => {
    expect(() => parseToolFunctionRegistry('{"p": ["not-an-arn"]}')).toThrow();
  });
});
