import { Duration } from 'aws-cdk-lib';
import { type IRuleTarget, Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction as LambdaTarget } from 'aws-cdk-lib/aws-events-targets';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { flowEndedPattern } from '../../lambdas/flows/execution/flow-status-change';
import type { AccessTargets } from '../api/access-grants';
import type { EnvironmentConfig } from '../config/environment-config';
import { executionTaskFunction } from './execution-task-function';
import { type ExecutionTaskDefinition, FLOW_ENDED_TASK, REAP_RUNS_TASK } from '../flows/execution-tasks';
import { GRADUATION_RUN_ENDED_TASK } from '../flows/graduation-tasks';

export interface ExecutionEndingsProps {
  config: EnvironmentConfig;
  targets: AccessTargets;
  environment: Record<string, string>;
  stateMachineArn: string;
  graduationStateMachineArn: string;
}

/** How often the reaper looks for runs still active past their timeout plus the margin. */
const REAP_EVERY = Duration.minutes(5);

/**
 * Every run ends, whatever stopped its flow: a rule on the state machine's status-change events
 * (default bus) for runs that ended FAILED, TIMED_OUT or ABORTED, and a scheduled reaper for runs
 * nothing else ended. Both land on the same path (`lambdas/flows/execution/end-stranded.ts`); an event
 * that still fails after the retries waits in a dead-letter queue. The graduation machine's runs
 * get the same rule, ending their graduation (`lambdas/flows/graduation/run-ended.ts`).
 */
export class ExecutionEndings extends Construct {
  constructor(scope: Construct, id: string, props: ExecutionEndingsProps) {
    super(scope, id);
    const deadLetterQueue = new Queue(this, 'DeadLetters', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
      removalPolicy: props.config.removalPolicy,
    });
    const target = (task: ExecutionTaskDefinition): IRuleTarget =>
      new LambdaTarget(
        executionTaskFunction(this, {
          task,
          config: props.config,
          targets: props.targets,
          environment: props.environment,
          asyncFailures: { retryAttempts: 2, maxEventAge: Duration.hours(2), deadLetterQueue },
        }).function,
        {
          retryAttempts: 8,
          maxEventAge: Duration.hours(2),
          deadLetterQueue,
        },
      );
    const { 'detail-type': detailType, ...pattern } = flowEndedPattern(props.stateMachineArn);
    new Rule(this, 'FlowEnded', {
      description: FLOW_ENDED_TASK.summary,
      eventPattern: { ...pattern, detailType },
      targets: [target(FLOW_ENDED_TASK)],
    });
    const { 'detail-type': graduationDetailType, ...graduationPattern } = flowEndedPattern(props.graduationStateMachineArn);
    new Rule(this, 'GraduationRunEnded', {
      description: GRADUATION_RUN_ENDED_TASK.summary,
      eventPattern: { ...graduationPattern, detailType: graduationDetailType },
      targets: [target(GRADUATION_RUN_ENDED_TASK)],
    });
    new Rule(this, 'Reaper', {
      description: REAP_RUNS_TASK.summary,
      schedule: Schedule.rate(REAP_EVERY),
      targets: [target(REAP_RUNS_TASK)],
    });
  }
}
