import { App, Stack } from 'aws-cdk-lib';
import { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import { StateGraph } from 'aws-cdk-lib/aws-stepfunctions';
import { executionFlowDefinition, FLOW_CEILING } from '../constructs/execution-flow-definition';
import { EXECUTION_TASKS, type ExecutionTaskName, executionTaskId, perTask } from './execution-tasks';

/**
 * The execution flow's Amazon States Language, built from the same construct code the deployed
 * stack uses, in a throwaway stack (no `cdk synth`: about two seconds in-process). Functions are
 * named by placeholder ARNs that say which task each state invokes.
 */

const ACCOUNT = '000000000000';
const REGION = 'us-east-1';

export type AslDefinition = { StartAt: string; States: Record<string, Record<string, unknown>>; TimeoutSeconds?: number };

/** The placeholder ARN of a task's function: the local runtime maps it back to the handler module. */
export const placeholderFunctionArn = (task: ExecutionTaskName): string =>
  `arn:aws:lambda:${REGION}:${ACCOUNT}:function:${executionTaskId(EXECUTION_TASKS[task])}`;

const PSEUDO: Record<string, string> = {
  'AWS::Partition': 'aws',
  'AWS::Region': REGION,
  'AWS::AccountId': ACCOUNT,
  'AWS::URLSuffix': 'amazonaws.com',
};

/** The only tokens a definition with literal ARNs still holds are pseudo parameters inside `Fn::Join`. */
export const resolvePseudoReferences = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(resolvePseudoReferences);
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  if (typeof record.Ref === 'string' && PSEUDO[record.Ref]) return PSEUDO[record.Ref];
  const join = record['Fn::Join'] as [string, unknown[]] | undefined;
  if (join) return join[1].map(resolvePseudoReferences).join(join[0]);
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, resolvePseudoReferences(v)]));
};

export const synthesizeExecutionFlow = (): AslDefinition => {
  const stack = new Stack(new App(), 'ExecutionFlowDefinition', { env: { account: ACCOUNT, region: REGION } });
  const functions = perTask((task) => LambdaFunction.fromFunctionArn(stack, task, placeholderFunctionArn(task)));
  const graph = new StateGraph(executionFlowDefinition(stack, functions).startState, 'ExecutionFlow');
  graph.timeout = FLOW_CEILING;
  return resolvePseudoReferences(stack.resolve(graph.toGraphJson())) as AslDefinition;
};
