import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { DefinitionBody, LogLevel, StateMachine, StateMachineType } from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import type { AccessTargets } from '../api/access-grants';
import { acknowledgeFlowFunctionVersions, acknowledgeStateMachineServiceWildcards } from '../compliance/acknowledgements';
import type { EnvironmentConfig } from '../config/environment-config';
import { executionFlowDefinition, FLOW_CEILING } from './execution-flow-definition';
import { executionNames } from '../flows/execution-names';
import { executionTaskFunction } from './execution-task-function';
import { EXECUTION_TASKS, type ExecutionTaskName, perTask } from '../flows/execution-tasks';

export interface ExecutionFlowProps {
  config: EnvironmentConfig;
  targets: AccessTargets;
  environment: Record<string, string>;
}

/**
 * The execution state machine (Standard: runs wait for approvals for as long as the agent's
 * timeout) and its task functions. Logged at ALL (without execution data: tasks and answers stay
 * out of the logs) and traced.
 */
export class ExecutionFlow extends Construct {
  readonly stateMachine: StateMachine;
  readonly functions: Record<ExecutionTaskName, IFunction>;

  constructor(scope: Construct, id: string, props: ExecutionFlowProps) {
    super(scope, id);
    const { config } = props;
    this.functions = perTask(
      (name) =>
        executionTaskFunction(this, { task: EXECUTION_TASKS[name], config, targets: props.targets, environment: props.environment })
          .function as IFunction,
    );

    const logs = new LogGroup(this, 'Logs', { retention: config.logRetention, removalPolicy: config.removalPolicy });
    this.stateMachine = new StateMachine(this, 'StateMachine', {
      stateMachineName: executionNames(config.name).stateMachine,
      stateMachineType: StateMachineType.STANDARD,
      definitionBody: DefinitionBody.fromChainable(executionFlowDefinition(this, this.functions)),
      timeout: FLOW_CEILING,
      tracingEnabled: true,
      logs: { destination: logs, level: LogLevel.ALL, includeExecutionData: false },
    });
    acknowledgeStateMachineServiceWildcards(this.stateMachine.role);
    for (const fn of Object.values(this.functions)) acknowledgeFlowFunctionVersions(this.stateMachine.role, fn.functionArn);
  }
}
