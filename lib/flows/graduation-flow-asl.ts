import { App, Stack } from 'aws-cdk-lib';
import { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import { StateGraph, StateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import { type AslDefinition, resolvePseudoReferences } from './execution-flow-asl';
import { executionTaskId } from './execution-tasks';
import { GRADUATION_CEILING, graduationFlowDefinition } from '../constructs/graduation-flow-definition';
import { GRADUATION_TASKS, type GraduationTaskName, perGraduationTask } from './graduation-tasks';

/** The graduation flow's Amazon States Language, synthesized in-process like the execution flow's. */

const ACCOUNT = '000000000000';
const REGION = 'us-east-1';

export const placeholderGraduationFunctionArn = (task: GraduationTaskName): string =>
  `arn:aws:lambda:${REGION}:${ACCOUNT}:function:${executionTaskId(GRADUATION_TASKS[task])}`;

/** The execution flow the exam runs start; the local runtime runs them on its execution machine. */
export const PLACEHOLDER_EXECUTIONS_ARN = `arn:aws:states:${REGION}:${ACCOUNT}:stateMachine:agent-platform-local-executions`;

export const synthesizeGraduationFlow = (): AslDefinition => {
  const stack = new Stack(new App(), 'GraduationFlowDefinition', { env: { account: ACCOUNT, region: REGION } });
  const functions = perGraduationTask((task) => LambdaFunction.fromFunctionArn(stack, task, placeholderGraduationFunctionArn(task)));
  const executions = StateMachine.fromStateMachineArn(stack, 'Executions', PLACEHOLDER_EXECUTIONS_ARN);
  const graph = new StateGraph(graduationFlowDefinition(stack, functions, executions).startState, 'GraduationFlow');
  graph.timeout = GRADUATION_CEILING;
  return resolvePseudoReferences(stack.resolve(graph.toGraphJson())) as AslDefinition;
};
