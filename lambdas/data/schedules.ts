import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { MAX_SCHEDULES_PER_AGENT, type Schedule } from '../domain/executions/schedule';
import { Forbidden, Internal, NotFound } from '../domain/errors';
import { type ItemRead, storedItem, withoutKeys } from './item';
import { scheduleCountKey, scheduleKey } from './keys';
import { transact, type TransactItem, transactIf } from './operations';
import { patternQuery, patterns } from './patterns';
import { ddb, tableName } from './table';

/**
 * An agent's schedules: a few items under the agent, read whole (at most MAX_SCHEDULES_PER_AGENT,
 * held by a counter that moves in the same transaction as the schedule it counts).
 */

export const scheduleNotFound = (id: string) => new NotFound(`schedule ${id} does not exist for this agent`, 'schedule');

export const listSchedules = async (agentId: string): Promise<Schedule[]> => {
  const result = await ddb.send(
    new QueryCommand(patternQuery(patterns.schedulesOf, { agent: agentId }, { Limit: MAX_SCHEDULES_PER_AGENT + 1 })),
  );
  return (result.Items ?? []).map((item) => withoutKeys<Schedule>(item));
};

/** A schedule, to read beside its agent. */
export const scheduleRead = (agentId: string, scheduleId: string): ItemRead<Schedule> =>
  storedItem<Schedule>(scheduleKey(agentId, scheduleId));

export const getSchedule = async (agentId: string, scheduleId: string): Promise<Schedule | null> => {
  const { Item } = await ddb.send(new GetCommand({ TableName: tableName, Key: scheduleKey(agentId, scheduleId) }));
  return Item ? withoutKeys<Schedule>(Item) : null;
};

const countSchedules = (agentId: string, delta: 1 | -1): TransactItem => ({
  Update: {
    TableName: tableName,
    Key: scheduleCountKey(agentId),
    UpdateExpression: 'ADD schedules :delta',
    ...(delta > 0
      ? {
          ConditionExpression: 'attribute_not_exists(schedules) OR schedules < :max',
          ExpressionAttributeValues: { ':delta': delta, ':max': MAX_SCHEDULES_PER_AGENT },
        }
      : { ExpressionAttributeValues: { ':delta': delta } }),
  },
  ...(delta > 0
    ? {
        onConditionFail: () =>
          new Forbidden(`an agent has at most ${MAX_SCHEDULES_PER_AGENT} schedules; delete one first`, 'QUOTA_EXCEEDED', [
            { field: 'schedules', issue: 'too many', allowed: MAX_SCHEDULES_PER_AGENT },
          ]),
      }
    : {}),
});

/** The schedule and its place under the agent's limit, all or nothing (403 QUOTA_EXCEEDED at the limit). */
export const createSchedule = async (schedule: Schedule): Promise<void> => {
  await transact([
    // Ids are fresh ULIDs: one that exists already is a fault of ours, not of the request.
    {
      Put: {
        TableName: tableName,
        Item: { ...scheduleKey(schedule.agent_id, schedule.id), ...schedule },
        ConditionExpression: 'attribute_not_exists(PK)',
      },
      onConditionFail: () => new Internal(),
    },
    countSchedules(schedule.agent_id, 1),
  ]);
};

export const deleteSchedule = async (agentId: string, scheduleId: string): Promise<void> => {
  await transact([
    {
      Delete: { TableName: tableName, Key: scheduleKey(agentId, scheduleId), ConditionExpression: 'attribute_exists(PK)' },
      onConditionFail: () => scheduleNotFound(scheduleId),
    },
    countSchedules(agentId, -1),
  ]);
};

/** Turns a schedule off in the table (its firings then start nothing); false when it was gone or off already. */
export const disableSchedule = (agentId: string, scheduleId: string, also: readonly TransactItem[]): Promise<boolean> =>
  transactIf(
    {
      Update: {
        TableName: tableName,
        Key: scheduleKey(agentId, scheduleId),
        UpdateExpression: 'SET enabled = :off',
        ConditionExpression: 'attribute_exists(PK) AND enabled = :on',
        ExpressionAttributeValues: { ':off': false, ':on': true },
      },
    },
    also,
  );
