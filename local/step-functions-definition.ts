import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AslDefinition } from '../lib/flows/execution-flow-asl';

/**
 * The flows' synthesized definitions for the local runtime, without paying for aws-cdk-lib at
 * every start: `step-functions-definition.json` (the execution flow) and
 * `graduation-flow-definition.json` keep the last synthesis with a fingerprint of everything that
 * shapes it (the construct code, the error names, aws-cdk-lib's version). A start whose fingerprint
 * differs synthesizes again in-process (about two seconds) and rewrites the file; infra tests keep
 * the committed files equal to the deployed definitions.
 */

const root = resolve(__dirname, '..');

interface StoredFlow {
  file: string;
  sources: readonly string[];
  synthesize: () => Promise<AslDefinition>;
}

const SHARED_SOURCES = ['lib/flows/execution-flow-asl.ts', 'node_modules/aws-cdk-lib/package.json'];

export const EXECUTION_FLOW: StoredFlow = {
  file: join(__dirname, 'step-functions-definition.json'),
  sources: [
    'lib/constructs/execution-flow-definition.ts',
    'lib/flows/execution-tasks.ts',
    'lambdas/domain/executions/flow-errors.ts',
    ...SHARED_SOURCES,
  ],
  synthesize: async () => (await import('../lib/flows/execution-flow-asl')).synthesizeExecutionFlow(),
};

export const GRADUATION_FLOW: StoredFlow = {
  file: join(__dirname, 'graduation-flow-definition.json'),
  sources: [
    'lib/constructs/graduation-flow-definition.ts',
    'lib/flows/graduation-flow-asl.ts',
    'lib/flows/graduation-tasks.ts',
    'lib/flows/execution-tasks.ts',
    ...SHARED_SOURCES,
  ],
  synthesize: async () => (await import('../lib/flows/graduation-flow-asl')).synthesizeGraduationFlow(),
};

export const GENERATED_DEFINITION = EXECUTION_FLOW.file;

interface Generated {
  fingerprint: string;
  definition: AslDefinition;
}

export const definitionFingerprint = (flow: StoredFlow = EXECUTION_FLOW): string => {
  const hash = createHash('sha256');
  for (const source of flow.sources) hash.update(source).update(readFileSync(join(root, source)));
  return hash.digest('hex');
};

const readGenerated = (flow: StoredFlow): Generated | null => {
  try {
    return JSON.parse(readFileSync(flow.file, 'utf8')) as Generated;
  } catch {
    return null;
  }
};

export const synthesizeAndStore = async (
  flow: StoredFlow = EXECUTION_FLOW,
  fingerprint = definitionFingerprint(flow),
): Promise<AslDefinition> => {
  const definition = await flow.synthesize();
  writeFileSync(flow.file, `${JSON.stringify({ fingerprint, definition } satisfies Generated, null, 2)}\n`);
  return definition;
};

/** The stored definition when it is current; a fresh synthesis otherwise. */
export const storedDefinition = async (flow: StoredFlow): Promise<AslDefinition> => {
  const fingerprint = definitionFingerprint(flow);
  const generated = readGenerated(flow);
  return generated?.fingerprint === fingerprint ? generated.definition : synthesizeAndStore(flow, fingerprint);
};

export const executionFlowDefinition = (): Promise<AslDefinition> => storedDefinition(EXECUTION_FLOW);
export const graduationFlowDefinition = (): Promise<AslDefinition> => storedDefinition(GRADUATION_FLOW);

if (require.main === module) {
  Promise.all([EXECUTION_FLOW, GRADUATION_FLOW].map(async (flow) => (await synthesizeAndStore(flow), flow.file))).then((files) =>
    console.log(`wrote ${files.join(', ')}`),
  );
}
