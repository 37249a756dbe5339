import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { DefinitionBody, type IStateMachine, LogLevel, StateMachine, StateMachineType } from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import type { AccessTargets } from '../api/access-grants';
import {
  acknowledgeFlowFunctionVersions,
  acknowledgeStateMachineServiceWildcards,
  acknowledgeSyncRunWildcards,
} from '../compliance/acknowledgements';
import type { EnvironmentConfig } from '../config/environment-config';
import { executionNames } from '../flows/execution-names';
import { executionTaskFunction } from './execution-task-function';
import { GRADUATION_CEILING, graduationFlowDefinition } from './graduation-flow-definition';
import { GRADUATION_TASKS, type GraduationTaskName, perGraduationTask } from '../flows/graduation-tasks';

export interface GraduationFlowProps {
  config: EnvironmentConfig;
  targets: AccessTargets;
  environment: Record<string, string>;
  /** The execution flow, which runs every exam task as a child run. */
  executions: IStateMachine;
}

/**
 * The graduation state machine (Standard: an exam waits on child runs for as long as they take) and
 * its task functions. Its role may start, describe and stop runs of the execution flow, and manage
 * the rule Step Functions uses to learn that a `.sync` child run ended (granted by CDK's task).
 */
export class GraduationFlow extends Construct {
  readonly stateMachine: StateMachine;
  readonly functions: Record<GraduationTaskName, IFunction>;

  constructor(scope: Construct, id: string, props: GraduationFlowProps) {
    super(scope, id);
    const { config } = props;
    this.functions = perGraduationTask(
      (name) =>
        executionTaskFunction(this, { task: GRADUATION_TASKS[name], config, targets: props.targets, environment: props.environment })
          .function as IFunction,
    );
    const logs = new LogGroup(this, 'Logs', { retention: config.logRetention, removalPolicy: config.removalPolicy });
    this.stateMachine = new StateMachine(this, 'StateMachine', {
      stateMachineName: executionNames(config.name).graduationStateMachine,
      stateMachineType: StateMachineType.STANDARD,
      definitionBody: DefinitionBody.fromChainable(graduationFlowDefinition(this, this.functions, props.executions)),
      timeout: GRADUATION_CEILING,
      tracingEnabled: true,
      logs: { destination: logs, level: LogLevel.ALL, includeExecutionData: false },
    });
    acknowledgeStateMachineServiceWildcards(this.stateMachine.role);
    acknowledgeSyncRunWildcards(this.stateMachine.role, props.executions.stateMachineArn);
    for (const fn of Object.values(this.functions)) acknowledgeFlowFunctionVersions(this.stateMachine.role, fn.functionArn);
  }
}
