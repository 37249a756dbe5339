import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AslDefinition } from '../lib/constructs/execution-flow-asl';

/**
 * The execution flow's synthesized definition for the local runtime, without paying for
 * aws-cdk-lib at every start: `step-functions-definition.json` keeps the last synthesis with a
 * fingerprint of everything that shapes it (the construct code, the error names, aws-cdk-lib's
 * version). A start whose fingerprint differs synthesizes again in-process (about two seconds) and
 * rewrites the file; an infra test keeps the committed file equal to the deployed definition.
 */

const root = resolve(__dirname, '..');
export const GENERATED_DEFINITION = join(__dirname, 'step-functions-definition.json');

const SOURCES = [
  'lib/constructs/execution-flow-definition.ts',
  'lib/constructs/execution-flow-asl.ts',
  'lib/constructs/execution-tasks.ts',
  'lambdas/domain/executions/flow-errors.ts',
  'node_modules/aws-cdk-lib/package.json',
];

interface Generated {
  fingerprint: string;
  definition: AslDefinition;
}

export const definitionFingerprint = (): string => {
  const hash = createHash('sha256');
  for (const source of SOURCES) hash.update(source).update(readFileSync(join(root, source)));
  return hash.digest('hex');
};

const readGenerated = (): Generated | null => {
  try {
    return JSON.parse(readFileSync(GENERATED_DEFINITION, 'utf8')) as Generated;
  } catch {
    return null;
  }
};

export const synthesizeAndStore = async (fingerprint = definitionFingerprint()): Promise<AslDefinition> => {
  const { synthesizeExecutionFlow } = await import('../lib/constructs/execution-flow-asl');
  const definition = synthesizeExecutionFlow();
  writeFileSync(GENERATED_DEFINITION, `${JSON.stringify({ fingerprint, definition } satisfies Generated, null, 2)}\n`);
  return definition;
};

/** The stored definition when it is current; a fresh synthesis otherwise. */
export const executionFlowDefinition = async (): Promise<AslDefinition> => {
  const fingerprint = definitionFingerprint();
  const generated = readGenerated();
  return generated?.fingerprint === fingerprint ? generated.definition : synthesizeAndStore(fingerprint);
};

if (require.main === module) {
  synthesizeAndStore().then(() => console.log(`wrote ${GENERATED_DEFINITION}`));
}
