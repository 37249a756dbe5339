import {
  CreateScheduleCommand,
  type CreateScheduleCommandInput,
  DeleteScheduleCommand,
  UpdateScheduleCommand,
} from '@aws-sdk/client-scheduler';
import { firingInput, type Schedule } from '../domain/executions/schedule';
import { requiredEnv } from '../shared/env';
import { scheduler } from '../data/clients';

/**
 * Agents' schedules in EventBridge Scheduler (deployed) or the local runtime's scheduler (locally,
 * through the same SDK calls): each fires the schedule-fire function with the schedule's ids and
 * the time it was due. Configuration is read on first use.
 */

/** A late firing is still worth running within the hour; a few retries cover a busy moment. */
const RETRY_POLICY = { MaximumRetryAttempts: 3, MaximumEventAgeInSeconds: 3600 };

const definitionOf = (schedule: Schedule): CreateScheduleCommandInput => ({
  Name: schedule.id,
  GroupName: requiredEnv('SCHEDULE_GROUP_NAME'),
  ScheduleExpression: schedule.expression,
  ScheduleExpressionTimezone: schedule.timezone,
  State: schedule.enabled ? 'ENABLED' : 'DISABLED',
  FlexibleTimeWindow: { Mode: 'OFF' },
  Description: `agent ${schedule.agent_id}: ${schedule.task.slice(0, 400)}`,
  Target: {
    Arn: requiredEnv('SCHEDULE_TARGET_ARN'),
    RoleArn: requiredEnv('SCHEDULER_ROLE_ARN'),
    Input: firingInput(schedule),
    RetryPolicy: RETRY_POLICY,
  },
});

export const createAgentSchedule = async (schedule: Schedule): Promise<void> => {
  await scheduler().send(new CreateScheduleCommand(definitionOf(schedule)));
};

/** Scheduler replaces a schedule whole on update: the same definition, disabled. Gone already is as good. */
export const disableAgentSchedule = async (schedule: Schedule): Promise<void> => {
  try {
    await scheduler().send(new UpdateScheduleCommand(definitionOf({ ...schedule, enabled: false })));
  } catch (error) {
    if ((error as Error).name !== 'ResourceNotFoundException') throw error;
  }
};

/** Gone already is as good as deleted. */
export const deleteAgentSchedule = async (scheduleId: string): Promise<void> => {
  try {
    await scheduler().send(new DeleteScheduleCommand({ Name: scheduleId, GroupName: requiredEnv('SCHEDULE_GROUP_NAME') }));
  } catch (error) {
    if ((error as Error).name !== 'ResourceNotFoundException') throw error;
  }
};
