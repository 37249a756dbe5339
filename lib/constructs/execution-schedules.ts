import { PolicyDocument, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import { CfnScheduleGroup } from 'aws-cdk-lib/aws-scheduler';
import { Construct } from 'constructs';
import type { AccessTargets } from '../api/access-grants';
import { acknowledgeSchedulesWildcard } from '../compliance/acknowledgements';
import type { EnvironmentConfig } from '../config/environment-config';
import { executionArns, executionNames } from '../flows/execution-names';
import { executionTaskFunction } from './execution-task-function';
import { SCHEDULE_FIRE_TASK } from '../flows/execution-tasks';

export interface ExecutionSchedulesProps {
  config: EnvironmentConfig;
  targets: AccessTargets;
  environment: Record<string, string>;
}

/**
 * Agents' schedules: the EventBridge Scheduler group they live in, the function every firing
 * invokes (it starts the execution, once per firing), and the role Scheduler invokes it with.
 * The schedules themselves are created by `POST /api/agents/{agent}/schedules` at run time.
 */
export class ExecutionSchedules extends Construct {
  constructor(scope: Construct, id: string, props: ExecutionSchedulesProps) {
    super(scope, id);
    const names = executionNames(props.config.name);
    const arns = executionArns(props.config.name);
    new CfnScheduleGroup(this, 'Group', { name: names.scheduleGroup });

    const fire = executionTaskFunction(this, {
      task: SCHEDULE_FIRE_TASK,
      config: props.config,
      targets: props.targets,
      environment: props.environment,
    });
    // Named, so the API functions (another stack) can point schedules at it without a reference.
    (fire.function.node.defaultChild as CfnFunction).functionName = names.scheduleFireFunction;
    acknowledgeSchedulesWildcard(fire.role, arns.schedulesArn);

    new Role(this, 'SchedulerRole', {
      roleName: names.schedulerRole,
      assumedBy: new ServicePrincipal('scheduler.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': fire.function.env.account } },
      }),
      inlinePolicies: {
        fire: new PolicyDocument({
          statements: [
            new PolicyStatement({ sid: 'FireSchedules', actions: ['lambda:InvokeFunction'], resources: [fire.function.functionArn] }),
          ],
        }),
      },
    });
  }
}
