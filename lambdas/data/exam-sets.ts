import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { ExamTask } from '../domain/graduation/exam';
import { withoutKeys } from './item';
import { examSetKey } from './keys';
import { ddb, tableName } from './table';

/** A workspace's exam set for one target level: the tasks a graduation to that level sits. */
export interface ExamSet {
  level: string;
  tasks: ExamTask[];
  updated_at: string;
  updated_by: string;
}

export const getExamSet = async (workspaceId: string, level: string): Promise<ExamSet | null> => {
  const { Item } = await ddb.send(new GetCommand({ TableName: tableName, Key: examSetKey(workspaceId, level) }));
  return Item ? withoutKeys<ExamSet>(Item) : null;
};

export const putExamSet = async (workspaceId: string, set: ExamSet): Promise<void> => {
  await ddb.send(new PutCommand({ TableName: tableName, Item: { ...examSetKey(workspaceId, set.level), ...set } }));
};
