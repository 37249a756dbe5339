import { FLOW_ERRORS, FlowError } from '../../../domain/executions/flow-errors';
import type { ToolDefinition } from '../../../domain/executions/tools';
import { DomainError } from '../../../domain/errors';
import { builtInTools, type ToolContext } from './built-in-tools';
import { callPluginTool } from './plugin-tools';
import { assertValidInput } from './tool-input';

/**
 * Runs one tool call whose governance verdict is already given: the input is validated against
 * the tool's schema, and any failure ends as `ToolFailed` with a message the caller can act on
 * (a file rule's GOVERNANCE_VIOLATION stays one).
 */
export const runTool = async (tool: ToolDefinition, input: Record<string, unknown>, context: ToolContext): Promise<string> => {
  assertValidInput(tool, input);
  try {
    const builtIn = tool.plugin_id ? undefined : builtInTools[tool.name];
    if (builtIn) return await builtIn(input, context);
    return await callPluginTool(tool, input, context);
  } catch (error) {
    if (error instanceof FlowError) throw error;
    if (error instanceof DomainError && error.code === 'GOVERNANCE_VIOLATION')
      throw new FlowError(FLOW_ERRORS.governanceViolation, error.message);
    throw new FlowError(FLOW_ERRORS.toolFailed, `${tool.name} failed: ${(error as Error).message}`);
  }
};
