import { Aws } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import type { Construct } from 'constructs';
import type { AccessTargets } from '../api/access-grants';
import { acknowledgeBedrockModels, acknowledgePluginToolFunctions } from '../compliance/acknowledgements';
import type { EnvironmentConfig } from '../config/environment-config';
import { bedrockModelArns } from './bedrock-models';
import { ApiFunction, type ApiFunctionProps } from './api-function';
import { type ExecutionTaskDefinition, executionTaskId } from './execution-tasks';

/** Plugin functions a tool call may invoke: this account's, named with the prefix plugin authors are told to use. */
export const PLUGIN_TOOL_FUNCTION_PREFIX = 'agent-platform-tool-';

const pluginFunctions = () => `arn:${Aws.PARTITION}:lambda:${Aws.REGION}:${Aws.ACCOUNT_ID}:function:${PLUGIN_TOOL_FUNCTION_PREFIX}*`;

export interface ExecutionTaskFunctionProps {
  task: ExecutionTaskDefinition;
  config: EnvironmentConfig;
  targets: AccessTargets;
  environment: Record<string, string>;
  /** For a function invoked asynchronously (by a rule): its retries and dead-letter queue. */
  asyncFailures?: ApiFunctionProps['asyncFailures'];
}

/**
 * A function of the execution flow: a route function's construct (own role with exactly its access,
 * own log group), plus what its task invokes, and the task's own timeout — model turns wait on a
 * provider far longer than API Gateway's 29 s that route functions are held to.
 */
export const executionTaskFunction = (scope: Construct, props: ExecutionTaskFunctionProps): ApiFunction => {
  const { task } = props;
  const extraStatements = [
    ...(task.invokes === 'bedrock'
      ? [new PolicyStatement({ sid: 'BedrockModels', actions: ['bedrock:InvokeModel'], resources: bedrockModelArns(props.config.models) })]
      : []),
    ...(task.invokes === 'plugin-functions'
      ? [new PolicyStatement({ sid: 'PluginToolFunctions', actions: ['lambda:InvokeFunction'], resources: [pluginFunctions()] })]
      : []),
  ];
  const fn = new ApiFunction(scope, executionTaskId(task), {
    bundleId: executionTaskId(task),
    group: 'executionTasks',
    access: task.access,
    targets: props.targets,
    extraStatements,
    environment: props.environment,
    config: props.config,
    asyncFailures: props.asyncFailures,
  });
  (fn.function.node.defaultChild as CfnFunction).timeout = task.timeoutSeconds;
  if (task.invokes === 'bedrock') acknowledgeBedrockModels(fn.role, bedrockModelArns(props.config.models).filter((arn) => arn.includes('*')));
  if (task.invokes === 'plugin-functions') acknowledgePluginToolFunctions(fn.role, pluginFunctions());
  return fn;
};
