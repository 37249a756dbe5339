import { Aws } from 'aws-cdk-lib';
import type { EnvironmentName } from '../config/environment-config';

/**
 * Physical names of the execution flow's resources. Named, not referenced: the API functions
 * grant themselves exactly these ARNs and read them from their environment, so the API stack needs
 * no cross-stack reference to the executions stack (only to be deployed after it). IAM names are
 * global per account, hence the region in the role's.
 */
export const executionNames = (env: EnvironmentName) => ({
  stack: `AgentPlatform-${env}-Executions`,
  stateMachine: `agent-platform-${env}-executions`,
  graduationStateMachine: `agent-platform-${env}-graduations`,
  scheduleGroup: `agent-platform-${env}`,
  schedulerRole: `agent-platform-${env}-scheduler-${Aws.REGION}`,
  scheduleFireFunction: `agent-platform-${env}-schedule-fire`,
});

const arn = (service: string, resource: string, region: string = Aws.REGION) =>
  `arn:${Aws.PARTITION}:${service}:${region}:${Aws.ACCOUNT_ID}:${resource}`;

export const executionArns = (env: EnvironmentName) => {
  const names = executionNames(env);
  return {
    stateMachineArn: arn('states', `stateMachine:${names.stateMachine}`),
    /** Every run of the state machine: what StopExecution addresses. */
    stateMachineExecutionsArn: arn('states', `execution:${names.stateMachine}:*`),
    /** Every schedule of the group: schedules are named by ids only known at run time. */
    graduationStateMachineArn: arn('states', `stateMachine:${names.graduationStateMachine}`),
    /** Every run of the graduation state machine: what a cancel's StopExecution addresses. */
    graduationExecutionsArn: arn('states', `execution:${names.graduationStateMachine}:*`),
    schedulesArn: arn('scheduler', `schedule/${names.scheduleGroup}/*`),
    schedulerRoleArn: `arn:${Aws.PARTITION}:iam::${Aws.ACCOUNT_ID}:role/${names.schedulerRole}`,
    scheduleFireFunctionArn: arn('lambda', `function:${names.scheduleFireFunction}`),
  };
};

/** What a function that starts, controls or schedules executions reads from its environment. */
export const executionEnvironment = (env: EnvironmentName): Record<string, string> => {
  const arns = executionArns(env);
  return {
    STATE_MACHINE_ARN: arns.stateMachineArn,
    GRADUATION_STATE_MACHINE_ARN: arns.graduationStateMachineArn,
    SCHEDULE_GROUP_NAME: executionNames(env).scheduleGroup,
    SCHEDULE_TARGET_ARN: arns.scheduleFireFunctionArn,
    SCHEDULER_ROLE_ARN: arns.schedulerRoleArn,
  };
};
