import Ajv, { type AnySchema, type ValidateFunction } from 'ajv';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import secureMetaSchema from 'ajv/lib/refs/json-schema-secure.json';
import { RE2JS } from 're2js';

/**
 * A tool's `input_schema` is untrusted: a publisher from any workspace writes it, and the execution flow validates
 * every tool call's input against it. One module compiles it for both, so a schema runs at run time exactly as it
 * was accepted at publish time:
 * - the dialect is the one the schema names (`$schema` 2020-12), draft-07 otherwise;
 * - `pattern` and `patternProperties` run on RE2 (linear time), so no pattern can backtrack; a pattern RE2 cannot
 *   express (lookaround, back-references) does not compile;
 * - at publish time the schema must also pass Ajv's secure meta-schema (patterns and formats bounded by
 *   `maxLength`, unique object arrays by `maxItems`…);
 * - each compiler holds one plugin version's schemas only, so no `$id` can collide with another tenant's.
 * Tool inputs are objects (as the model providers' tool APIs require), so the top level must say `"type": "object"`.
 */

const DIALECT_2020 = 'https://json-schema.org/draft/2020-12/schema';

const linearRegExp = Object.assign((pattern: string) => RE2JS.compile(pattern), { code: 'RE2JS.compile' });

export type SchemaCompiler = Ajv | Ajv2020;

const OPTIONS = { strict: false, allErrors: true, code: { regExp: linearRegExp } } as const;

export const newSchemaCompiler = (schema: Record<string, unknown>): SchemaCompiler =>
  addFormats(schema.$schema === DIALECT_2020 ? new Ajv2020(OPTIONS) : new Ajv(OPTIONS));

let secureCheck: ValidateFunction | undefined;
const isSecure = (schema: Record<string, unknown>): ValidateFunction => {
  secureCheck ??= new Ajv({ strict: false, allErrors: true }).compile(secureMetaSchema);
  secureCheck(schema);
  return secureCheck;
};

/** Answers what is wrong with the schema, or null when it compiles and passes the secure meta-schema. */
export const jsonSchemaProblem = (schema: Record<string, unknown>): string | null => {
  if (schema.type !== 'object') return 'must describe an object: set "type": "object" at the top level';
  const ajv = newSchemaCompiler(schema);
  try {
    if (!ajv.validateSchema(schema as AnySchema)) return `is not a valid JSON Schema: ${ajv.errorsText(ajv.errors)}`;
    const secure = isSecure(schema);
    if (secure.errors?.length) return `could make validation slow on large inputs: ${ajv.errorsText(secure.errors)}`;
    ajv.compile(schema);
    return null;
  } catch (error) {
    return `is not a valid JSON Schema: ${(error as Error).message}`;
  }
};
