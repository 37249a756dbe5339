import { DeleteCommand, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { MAX_SCHEDULES_PER_AGENT, type Schedule } from '../domain/executions/schedule';
import { Forbidden, Internal, NotFound } from '../shared/errors';
import { withoutKeys } from './item';
import { agentPartition, SCHEDULE_PREFIX, scheduleKey } from './keys';
import { putNew } from './operations';
import { ddb, tableName } from './table';

/** An agent's schedules: a few items under the agent, read whole (at most MAX_SCHEDULES_PER_AGENT). */

export const scheduleNotFound = (id: string) => new NotFound(`schedule ${id} does not exist for this agent`, 'schedule');

export const listSchedules = async (agentId: string): Promise<Schedule[]> => {
  const result = await ddb.send(
    new QueryCommand({
      TableName: tableName,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
      ExpressionAttributeValues: { ':pk': agentPartition(agentId), ':prefix': SCHEDULE_PREFIX },
      Limit: MAX_SCHEDULES_PER_AGENT + 1,
    }),
  );
  return (result.Items ?? []).map((item) => withoutKeys<Schedule>(item));
};

export const getSchedule = async (agentId: string, scheduleId: string): Promise<Schedule | null> => {
  const { Item } = await ddb.send(new GetCommand({ TableName: tableName, Key: scheduleKey(agentId, scheduleId) }));
  return Item ? withoutKeys<Schedule>(Item) : null;
};

/** `existing`: how many the agent has already (the caller listed them). */
export const createSchedule = async (schedule: Schedule, existing: number): Promise<void> => {
  if (existing >= MAX_SCHEDULES_PER_AGENT) {
    throw new Forbidden(`an agent has at most ${MAX_SCHEDULES_PER_AGENT} schedules; delete one first`, 'QUOTA_EXCEEDED', [
      { field: 'schedules', issue: 'too many', used: existing, allowed: MAX_SCHEDULES_PER_AGENT },
    ]);
  }
  // Ids are fresh ULIDs: one that exists already is a fault of ours, not of the request.
  await putNew({ ...scheduleKey(schedule.agent_id, schedule.id), ...schedule }, () => new Internal());
};

export const deleteSchedule = async (agentId: string, scheduleId: string): Promise<void> => {
  try {
    await ddb.send(new DeleteCommand({ TableName: tableName, Key: scheduleKey(agentId, scheduleId), ConditionExpression: 'attribute_exists(PK)' }));
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) throw scheduleNotFound(scheduleId);
    throw error;
  }
};
