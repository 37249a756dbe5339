import { DeleteCommand, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { ExamSet, StoredExamSet } from '../domain/graduation/exam-set';
import { NotFound, VersionConflict } from '../domain/errors';
import { withoutKeys } from './item';
import { examSetKey } from './keys';
import { queryAll } from './operations';
import { patternQuery, patterns } from './patterns';
import { ddb, tableName } from './table';

export const examSetNotFound = (level: string) =>
  new NotFound(`this workspace has no exam set for ${level}; create one with PUT /api/workspaces/{ws}/exam-sets/${level}`, 'exam_set');

export const getExamSet = async (workspaceId: string, level: string): Promise<StoredExamSet | null> => {
  const { Item } = await ddb.send(new GetCommand({ TableName: tableName, Key: examSetKey(workspaceId, level) }));
  return Item ? withoutKeys<StoredExamSet>(Item) : null;
};

/** At most one set per level, so read whole. */
export const listExamSets = async (workspaceId: string): Promise<StoredExamSet[]> => {
  const items = await queryAll(patternQuery(patterns.examSetsOf, { ws: workspaceId }));
  return items.map((item) => withoutKeys<StoredExamSet>(item));
};

/** The stored version a refused condition saw (0: no set), from the item DynamoDB returns as it was. */
const currentVersion = (error: ConditionalCheckFailedException) => Number((error.Item ? unmarshall(error.Item).version : 0) ?? 0);

/**
 * Creates or replaces the level's set, bumping its version. With `expectedVersion` (an `If-Match`)
 * only a set at that version is replaced: 412 VERSION_CONFLICT otherwise, also when there is none (version 0).
 */
export const putExamSet = async (workspaceId: string, set: ExamSet, expectedVersion?: number): Promise<StoredExamSet> => {
  const names: Record<string, string> = { '#version': 'version', '#tasks': 'tasks', '#pass': 'pass_mark', '#level': 'level' };
  const values: Record<string, unknown> = {
    ':zero': 0,
    ':one': 1,
    ':tasks': set.tasks,
    ':level': set.level,
    ':at': set.updated_at,
    ':by': set.updated_by,
  };
  const sets = [
    '#level = :level',
    '#tasks = :tasks',
    'updated_at = :at',
    'updated_by = :by',
    'created_at = if_not_exists(created_at, :at)',
    '#version = if_not_exists(#version, :zero) + :one',
  ];
  if (set.pass_mark !== undefined) {
    values[':pass'] = set.pass_mark;
    sets.push('#pass = :pass');
  }
  if (expectedVersion !== undefined) values[':expected'] = expectedVersion;
  try {
    const { Attributes } = await ddb.send(
      new UpdateCommand({
        TableName: tableName,
        Key: examSetKey(workspaceId, set.level),
        UpdateExpression: `SET ${sets.join(', ')}${set.pass_mark === undefined ? ' REMOVE #pass' : ''}`,
        ...(expectedVersion === undefined ? {} : { ConditionExpression: 'attribute_exists(PK) AND #version = :expected' }),
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
        ReturnValues: 'ALL_NEW',
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      }),
    );
    return withoutKeys<StoredExamSet>(Attributes ?? {});
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) throw new VersionConflict(currentVersion(error));
    throw error;
  }
};

/** Deletes the level's set; with `expectedVersion` only at that version. */
export const deleteExamSet = async (workspaceId: string, level: string, expectedVersion?: number): Promise<void> => {
  try {
    await ddb.send(
      new DeleteCommand({
        TableName: tableName,
        Key: examSetKey(workspaceId, level),
        ConditionExpression: expectedVersion === undefined ? 'attribute_exists(PK)' : 'attribute_exists(PK) AND #version = :expected',
        ...(expectedVersion === undefined
          ? {}
          : { ExpressionAttributeNames: { '#version': 'version' }, ExpressionAttributeValues: { ':expected': expectedVersion } }),
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      }),
    );
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException)
      throw error.Item ? new VersionConflict(currentVersion(error)) : examSetNotFound(level);
    throw error;
  }
};
