import { InvokeCommand } from '@aws-sdk/client-lambda';
import { lambda } from '../../../data/clients';
import { FLOW_ERRORS, FlowError } from '../../../domain/executions/flow-errors';
import { isRegisteredToolFunction } from '../../../domain/plugins/tool-functions';
import type { ToolDefinition } from '../../../domain/executions/tools';
import { toolFunctionRegistry } from '../../../shared/tool-function-registry';
import type { ToolContext } from './built-in-tools';
import { outboundFetch } from './outbound-fetch';

/**
 * A plugin's tool runs where its manifest says: an HTTPS endpoint (POSTed the call as JSON, under the
 * same outbound rules as `http.get`) or a Lambda function (invoked synchronously with the same JSON).
 */

const ANSWER_LIMIT_BYTES = 256 * 1024;

const failed = (message: string) => new FlowError(FLOW_ERRORS.toolFailed, message);

const payloadOf = (tool: ToolDefinition, input: Record<string, unknown>, context: ToolContext) => ({
  tool: tool.name,
  plugin_id: tool.plugin_id,
  input,
  workspace_id: context.agent.workspace_id,
  agent_id: context.agent.id,
  execution_id: context.executionId,
});

const invokeFunction = async (arn: string, payload: unknown, toolName: string): Promise<string> => {
  const result = await lambda().send(new InvokeCommand({ FunctionName: arn, Payload: Buffer.from(JSON.stringify(payload)) }));
  const answer = result.Payload ? Buffer.from(result.Payload).toString('utf8') : '';
  if (result.FunctionError) throw failed(`${toolName} failed in its function: ${answer.slice(0, 500)}`);
  return answer;
};

export const callPluginTool = async (tool: ToolDefinition, input: Record<string, unknown>, context: ToolContext): Promise<string> => {
  if (!tool.endpoint) throw failed(`${tool.name} declares no endpoint to call`);
  const payload = payloadOf(tool, input, context);
  if (tool.endpoint.startsWith('arn:')) {
    // The registry may have changed since the version was published: it is checked again here.
    if (!isRegisteredToolFunction(toolFunctionRegistry, tool.plugin_name ?? '', tool.endpoint)) {
      throw failed(`${tool.name} names a Lambda function that is not registered to its plugin`);
    }
    return invokeFunction(tool.endpoint, payload, tool.name);
  }
  const response = await outboundFetch(
    {
      url: tool.endpoint,
      method: 'POST',
      body: JSON.stringify(payload),
      headers: { 'Content-Type': 'application/json' },
      maxBytes: ANSWER_LIMIT_BYTES,
      timeoutMs: context.timeoutMs,
    },
    context.policy,
  );
  if (response.status < 200 || response.status >= 300)
    throw failed(`${tool.name} answered HTTP ${response.status}: ${response.body.slice(0, 500)}`);
  return response.body;
};
