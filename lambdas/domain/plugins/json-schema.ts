import Ajv, { type AnySchema } from 'ajv';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

/**
 * A tool's `input_schema` must itself be a JSON Schema a validator can compile: the execution flow
 * validates every tool call's input against it. Draft-07 by default; a schema that names the
 * 2020-12 dialect in `$schema` is compiled as such. Tool inputs are objects (as the model
 * providers' tool APIs require), so the top level must say `"type": "object"`.
 */

const DIALECT_2020 = 'https://json-schema.org/draft/2020-12/schema';

let draft07: Ajv | undefined;
let draft2020: Ajv2020 | undefined;

/** Created on first use: compilers are costly, and most functions importing this never compile. */
const compilerFor = (schema: Record<string, unknown>): Ajv | Ajv2020 => {
  if (schema.$schema === DIALECT_2020) return (draft2020 ??= addFormats(new Ajv2020({ strict: false, allErrors: true })));
  return (draft07 ??= addFormats(new Ajv({ strict: false, allErrors: true })));
};

/** Answers what is wrong with the schema, or null when it compiles. */
export const jsonSchemaProblem = (schema: Record<string, unknown>): string | null => {
  if (schema.type !== 'object') return 'must describe an object: set "type": "object" at the top level';
  const ajv = compilerFor(schema);
  try {
    if (!ajv.validateSchema(schema as AnySchema)) return `is not a valid JSON Schema: ${ajv.errorsText(ajv.errors)}`;
    ajv.compile(schema);
    ajv.removeSchema(schema);
    return null;
  } catch (error) {
    return `is not a valid JSON Schema: ${(error as Error).message}`;
  }
};
