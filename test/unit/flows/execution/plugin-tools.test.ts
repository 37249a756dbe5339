import { LambdaClient } from '@aws-sdk/client-lambda';
import type { Agent } from '../../../../lambdas/domain/agents/model';

/** A plugin tool on Lambda runs only on a function the operator registered to that plugin, checked at every call. */

const REGISTERED = 'arn:aws:lambda:eu-west-1:111122223333:function:invoice-lookup';
process.env.PLUGIN_TOOL_FUNCTIONS = JSON.stringify({ 'invoice-tools': [REGISTERED] });

type PluginTools = typeof import('../../../../lambdas/flows/execution/tools/plugin-tools');
const { callPluginTool } = require('../../../../lambdas/flows/execution/tools/plugin-tools') as PluginTools;

const context = {
  agent: { id: 'agent_1', workspace_id: 'ws_1' } as Agent,
  executionId: 'exec_1',
  policy: { allowLoopback: false },
  timeoutMs: 1000,
} as never;
const tool = (plugin_name: string, endpoint: string) => ({
  name: 'lookup',
  description: 'd',
  input_schema: {},
  risk: 'read' as const,
  plugin_id: 'plg_1',
  plugin_name,
  endpoint,
});

describe('calling a plugin tool that runs on Lambda', () => {
  const send = jest.spyOn(LambdaClient.prototype, 'send');
  beforeEach(() => send.mockReset());

  it('invokes a function registered to the tool’s plugin', async () => {
    send.mockResolvedValue({ Payload: Buffer.from('{"ok":true}') } as never);
    await expect(callPluginTool(tool('invoice-tools', REGISTERED), {}, context)).resolves.toBe('{"ok":true}');
    expect(send).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['registered to another plugin', tool('other-plugin', REGISTERED)],
    [
      'not registered at all, however it is named',
      tool('invoice-tools', 'arn:aws:lambda:eu-west-1:111122223333:function:agent-platform-tool-billing'),
    ],
  ])('refuses a function %s, invoking nothing', async (_, definition) => {
    await expect(callPluginTool(definition, {}, context)).rejects.toThrow('not registered to its plugin');
    expect(send).not.toHaveBeenCalled();
  });
});
