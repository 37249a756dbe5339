import type { ValidateFunction } from 'ajv';
import { FLOW_ERRORS, FlowError } from '../../../domain/executions/flow-errors';
import type { ToolDefinition } from '../../../domain/executions/tools';
import { newSchemaCompiler, type SchemaCompiler } from '../../../domain/plugins/json-schema';

/**
 * A tool's input is checked against the JSON Schema the tool declares before it is ever called, compiled as it was
 * at publish time (lambdas/domain/plugins/json-schema): its own dialect, RE2 patterns, and one compiler per plugin
 * version, so no plugin's `$id` can stand in for another's.
 */

const compilers = new Map<string, SchemaCompiler>();
const validators = new Map<string, ValidateFunction>();

const compilerKey = (tool: ToolDefinition): string =>
  [tool.plugin_id ?? 'built-in', tool.plugin_version ?? JSON.stringify(tool.input_schema), String(tool.input_schema.$schema ?? '')].join(
    '\n',
  );

const validatorOf = (tool: ToolDefinition): { validate: ValidateFunction; compiler: SchemaCompiler } => {
  const key = compilerKey(tool);
  let compiler = compilers.get(key);
  if (!compiler) {
    compiler = newSchemaCompiler(tool.input_schema);
    compilers.set(key, compiler);
  }
  const validatorKey = `${key}\n${tool.name}`;
  let validate = validators.get(validatorKey);
  if (!validate) {
    try {
      validate = compiler.compile(tool.input_schema);
    } catch (error) {
      throw new FlowError(FLOW_ERRORS.toolFailed, `${tool.name} declares an input schema that cannot be used: ${(error as Error).message}`);
    }
    validators.set(validatorKey, validate);
  }
  return { validate, compiler };
};

export const assertValidInput = (tool: ToolDefinition, input: Record<string, unknown>): void => {
  const { validate, compiler } = validatorOf(tool);
  if (!validate(input)) {
    throw new FlowError(
      FLOW_ERRORS.toolFailed,
      `the input for ${tool.name} does not match its schema: ${compiler.errorsText(validate.errors)}`,
    );
  }
};
