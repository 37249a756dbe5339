import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { FLOW_ERRORS, FlowError } from '../../domain/executions/flow-errors';
import type { ToolDefinition } from '../../domain/executions/tools';

/** A tool's input is checked against the JSON Schema the tool declares before it is ever called. */

const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const compiled = new Map<string, ValidateFunction>();

const validatorOf = (tool: ToolDefinition): ValidateFunction => {
  const key = JSON.stringify(tool.input_schema);
  let validate = compiled.get(key);
  if (!validate) {
    try {
      validate = ajv.compile(tool.input_schema);
    } catch (error) {
      throw new FlowError(FLOW_ERRORS.toolFailed, `${tool.name} declares an input schema that cannot be used: ${(error as Error).message}`);
    }
    compiled.set(key, validate);
  }
  return validate;
};

export const assertValidInput = (tool: ToolDefinition, input: Record<string, unknown>): void => {
  const validate = validatorOf(tool);
  if (!validate(input)) {
    throw new FlowError(FLOW_ERRORS.toolFailed, `the input for ${tool.name} does not match its schema: ${ajv.errorsText(validate.errors)}`);
  }
};
