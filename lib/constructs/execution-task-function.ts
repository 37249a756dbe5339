import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import type { Construct } from 'constructs';
import type { AccessTargets } from '../api/access-grants';
import { acknowledgeBedrockModels } from '../compliance/acknowledgements';
import type { EnvironmentConfig } from '../config/environment-config';
import { bedrockModelArns } from '../api/bedrock-models';
import { PlatformFunction, type PlatformFunctionProps } from './platform-function';
import { type ExecutionTaskDefinition, executionTaskId } from '../flows/execution-tasks';

/** The functions plugin tools may run on: exactly those the operator registered (environment config). */
const registeredToolFunctions = (config: EnvironmentConfig) => [...new Set(Object.values(config.pluginToolFunctions).flat())].sort();

export interface ExecutionTaskFunctionProps {
  task: ExecutionTaskDefinition;
  config: EnvironmentConfig;
  targets: AccessTargets;
  environment: Record<string, string>;
  /** For a function invoked asynchronously (by a rule): its retries and dead-letter queue. */
  asyncFailures?: PlatformFunctionProps['asyncFailures'];
}

/**
 * A function of the execution flow: a route function's construct (own role with exactly its access,
 * own log group), plus what its task invokes, and the task's own timeout — model turns wait on a
 * provider far longer than API Gateway's 29 s that route functions are held to.
 */
export const executionTaskFunction = (scope: Construct, props: ExecutionTaskFunctionProps): PlatformFunction => {
  const { task } = props;
  const extraStatements = [
    ...(task.invokes === 'bedrock'
      ? [new PolicyStatement({ sid: 'BedrockModels', actions: ['bedrock:InvokeModel'], resources: bedrockModelArns(props.config.models) })]
      : []),
    ...(task.invokes === 'plugin-functions' && registeredToolFunctions(props.config).length > 0
      ? [
          new PolicyStatement({
            sid: 'PluginToolFunctions',
            actions: ['lambda:InvokeFunction'],
            resources: registeredToolFunctions(props.config),
          }),
        ]
      : []),
  ];
  const fn = new PlatformFunction(scope, executionTaskId(task), {
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
  if (task.invokes === 'bedrock')
    acknowledgeBedrockModels(
      fn.role,
      bedrockModelArns(props.config.models).filter((arn) => arn.includes('*')),
    );
  return fn;
};
