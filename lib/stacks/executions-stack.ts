import { Aws, CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import type { IEventBus } from 'aws-cdk-lib/aws-events';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import type { Construct } from 'constructs';
import packageJson from '../../package.json';
import type { AccessTargets } from '../api/access-grants';
import type { EnvironmentConfig } from '../config/environment-config';
import { resourceNames } from '../config/resource-names';
import { ExecutionEndings } from '../constructs/execution-endings';
import { ExecutionFlow } from '../constructs/execution-flow';
import { executionArns, executionEnvironment } from '../flows/execution-names';
import { ExecutionSchedules } from '../constructs/execution-schedules';
import { GraduationFlow } from '../constructs/graduation-flow';

export interface ExecutionsStackProps extends StackProps {
  config: EnvironmentConfig;
  table: ITableV2;
  eventBus: IEventBus;
  credentialsKey: IKey;
}

/**
 * Running agents: the execution state machine with its task functions, the graduation
 * state machine, what ends stranded runs, and agents' schedules.
 */
export class ExecutionsStack extends Stack {
  readonly flow: ExecutionFlow;
  readonly graduations: GraduationFlow;

  constructor(scope: Construct, id: string, props: ExecutionsStackProps) {
    super(scope, id, props);
    const { config } = props;
    const bucketName = resourceNames(config.name).filesBucket;
    const targets: AccessTargets = {
      tableArn: props.table.tableArn,
      bucketArn: `arn:${Aws.PARTITION}:s3:::${bucketName}`,
      eventBusArn: props.eventBus.eventBusArn,
      credentialsKeyArn: props.credentialsKey.keyArn,
      ...executionArns(config.name),
    };
    const environment = {
      PLATFORM_ENV: config.name,
      PLATFORM_VERSION: packageJson.version,
      TABLE_NAME: props.table.tableName,
      BUCKET_NAME: bucketName,
      MODEL_ALLOW_LIST: JSON.stringify(config.models),
      PLUGIN_TOOL_FUNCTIONS: JSON.stringify(config.pluginToolFunctions),
      ...executionEnvironment(config.name),
    };
    this.flow = new ExecutionFlow(this, 'Flow', { config, targets, environment });
    this.graduations = new GraduationFlow(this, 'Graduations', { config, targets, environment, executions: this.flow.stateMachine });
    new ExecutionSchedules(this, 'Schedules', { config, targets, environment });
    new ExecutionEndings(this, 'Endings', {
      config,
      targets,
      environment,
      stateMachineArn: this.flow.stateMachine.stateMachineArn,
      graduationStateMachineArn: this.graduations.stateMachine.stateMachineArn,
    });

    new CfnOutput(this, 'StateMachineArn', { value: this.flow.stateMachine.stateMachineArn });
    new CfnOutput(this, 'GraduationStateMachineArn', { value: this.graduations.stateMachine.stateMachineArn });
  }
}
