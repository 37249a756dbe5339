import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IncomingRequest } from '../../../local/gateway-event';
import { loadLocalToolFunctions, localFunctionArn } from '../../../local/tool-functions';

/** The local stand-in for plugin tools' Lambda functions: the registry it writes, and Invoke as Lambda answers it. */

const fixtures = join(__dirname, '..', '..', 'fixtures', 'tool-functions');

const invokeRequest = (functionName: string, payload: unknown): IncomingRequest => ({
  method: 'POST',
  path: `/__aws/lambda/2015-03-31/functions/${encodeURIComponent(functionName)}/invocations`,
  query: new URLSearchParams(),
  headers: {},
  body: Buffer.from(JSON.stringify(payload)),
  sourceIp: '127.0.0.1',
});

const call = { tool: 'pair_lookup', input: { pair: ['pears', 4] }, agent_id: 'agent_1' };

const registryFile = (content: unknown) => {
  const dir = mkdtempSync(join(tmpdir(), 'tool-functions-'));
  writeFileSync(join(dir, 'registry.json'), JSON.stringify(content));
  return join(dir, 'registry.json');
};

describe('the local tool function stand-in', () => {
  it('registers each function to its plugin under a local ARN, as the operator registry deployed', async () => {
    const functions = await loadLocalToolFunctions(join(fixtures, 'registry.json'));
    expect(functions.registry).toEqual({ 'pair-lookup-tools': [localFunctionArn('pair-lookup')] });
  });

  it.each([
    ['its ARN', localFunctionArn('pair-lookup')],
    ['its name', 'pair-lookup'],
  ])('invokes the module by %s and answers its result', async (_, name) => {
    const functions = await loadLocalToolFunctions(join(fixtures, 'registry.json'));
    const result = await functions.handle(invokeRequest(name, call));
    expect(result).toMatchObject({ statusCode: 200 });
    expect(JSON.parse(result?.body ?? '')).toEqual({ tool: 'pair_lookup', label: 'pears', doubled: 8, agent_id: 'agent_1' });
  });

  it('answers a function that throws with 200 and X-Amz-Function-Error, as Lambda does', async () => {
    const functions = await loadLocalToolFunctions(join(fixtures, 'registry.json'));
    const result = await functions.handle(invokeRequest('pair-lookup', { ...call, input: { pair: ['explode', 1] } }));
    expect(result).toMatchObject({ statusCode: 200, headers: { 'X-Amz-Function-Error': 'Unhandled' } });
    expect(JSON.parse(result?.body ?? '')).toEqual({ errorType: 'Error', errorMessage: 'the lookup service is down' });
  });

  it('answers an unknown function with 404 ResourceNotFoundException', async () => {
    const functions = await loadLocalToolFunctions(join(fixtures, 'registry.json'));
    const result = await functions.handle(invokeRequest('billing', call));
    expect(result).toMatchObject({ statusCode: 404, headers: { 'x-amzn-ErrorType': 'ResourceNotFoundException' } });
  });

  it('leaves requests that are not Lambda calls to the rest of the runtime, and registers nothing without a file', async () => {
    const functions = await loadLocalToolFunctions(join(fixtures, 'registry.json'));
    expect(functions.handle({ ...invokeRequest('pair-lookup', call), path: '/api/health' })).toBeNull();
    expect((await loadLocalToolFunctions(undefined)).registry).toEqual({});
  });

  it.each([
    ['a plugin mapped to a list', { tools: ['./a.ts'] }, /must map each plugin name/],
    [
      'one function name twice',
      { a: { lookup: join(fixtures, 'pair-lookup.ts') }, b: { lookup: join(fixtures, 'pair-lookup.ts') } },
      /names the function lookup twice/,
    ],
    ['a module without a handler', { a: { lookup: join(fixtures, 'registry.json') } }, /exports no handler/],
  ])('refuses to start with %s', async (_, content, message) => {
    await expect(loadLocalToolFunctions(registryFile(content))).rejects.toThrow(message);
  });
});
