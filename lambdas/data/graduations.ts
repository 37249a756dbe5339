import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { ExamTask } from '../domain/graduation/exam';
import type { EndedStatus, Graduation, GraduationStep, GraduationStepName, GraduationTask } from '../domain/graduation/model';
import { stepIndex } from '../domain/graduation/model';
import { Conflict } from '../domain/errors';
import { withoutKeys } from './item';
import { graduationKey, graduationLockKey } from './keys';
import { listPage, type ListPage, type ListRequest } from './list';
import { queryPage, transact, transactIf, type TransactItem, updateIf } from './operations';
import { patternScope, patterns } from './patterns';
import { ddb, tableName } from './table';

/**
 * Graduations: one item per attempt under the agent, newest first by its ULID, and a lock item that
 * allows one running graduation per agent. The lock is taken with the start and released in the
 * transaction of every ending; an ending only applies to a graduation still `running`, so the first
 * of two racing endings (a cancel and the flow's own) is the one recorded.
 */

const inProgress = (agentId: string) => (lock: Record<string, unknown> | undefined) =>
  new Conflict(
    'GRADUATION_IN_PROGRESS',
    `agent ${agentId} is already sitting graduation ${String(lock?.graduation_id ?? '')}; wait for it to end or cancel it`,
    [{ issue: 'graduation in progress', graduation_id: lock?.graduation_id }],
  );

/**
 * The workspace's exam-set tasks as they were at the start, kept on the graduation item until the
 * exam is prepared (then removed), so the set is read once per graduation and a running graduation
 * keeps the tasks it started with. Never part of the graduation as read by the API.
 */
type StoredGraduation = Graduation & { exam_set_tasks?: ExamTask[] | null };

const graduationOf = (item: Record<string, unknown>): Graduation => {
  const { exam_set_tasks: _snapshot, ...graduation } = withoutKeys<StoredGraduation>(item);
  return graduation;
};

/** Starts a graduation, taking its lock; `examSetTasks`: the exam set's tasks (null: none, the exam is sampled). */
export const startGraduation = async (graduation: Graduation, examSetTasks: ExamTask[] | null = null): Promise<void> => {
  await transact([
    {
      Put: {
        TableName: tableName,
        Item: { ...graduationLockKey(graduation.agent_id), graduation_id: graduation.id },
        ConditionExpression: 'attribute_not_exists(PK)',
      },
      onConditionFail: inProgress(graduation.agent_id),
    },
    {
      Put: {
        TableName: tableName,
        Item: { ...graduationKey(graduation.agent_id, graduation.id), ...graduation, exam_set_tasks: examSetTasks },
        ConditionExpression: 'attribute_not_exists(PK)',
      },
    },
  ]);
};

const readGraduation = async (agentId: string, graduationId: string): Promise<Record<string, unknown> | undefined> =>
  (await ddb.send(new GetCommand({ TableName: tableName, Key: graduationKey(agentId, graduationId), ConsistentRead: true }))).Item;

export const getGraduation = async (agentId: string, graduationId: string): Promise<Graduation | null> => {
  const item = await readGraduation(agentId, graduationId);
  return item ? graduationOf(item) : null;
};

/** The graduation and the exam-set tasks it started with (null: it had no set, or its exam is already prepared). */
export const getGraduationForExam = async (
  agentId: string,
  graduationId: string,
): Promise<{ graduation: Graduation; examSetTasks: ExamTask[] | null } | null> => {
  const item = await readGraduation(agentId, graduationId);
  return item ? { graduation: graduationOf(item), examSetTasks: (item.exam_set_tasks as ExamTask[] | null | undefined) ?? null } : null;
};

const scope = (agentId: string) => ({ ...patternScope(patterns.graduationsOf, { agent: agentId }), ascending: false });

export const listGraduations = async (agentId: string, request: ListRequest): Promise<ListPage<Graduation>> => {
  const page = await listPage<Record<string, unknown>>(scope(agentId), request);
  return { ...page, items: page.items.map(graduationOf) };
};

export const latestGraduation = async (agentId: string): Promise<Graduation | null> => {
  const { items } = await queryPage<Record<string, unknown>>({ ...scope(agentId), limit: 1 });
  return items[0] ? graduationOf(items[0]) : null;
};

const RUNNING = { ConditionExpression: '#status = :running', names: { '#status': 'status' }, values: { ':running': 'running' } };

/** A step's status and times, on a graduation still running; false once it has ended. */
export const recordStep = (
  agentId: string,
  graduationId: string,
  name: GraduationStepName,
  step: Partial<GraduationStep>,
): Promise<boolean> => {
  const fields = Object.entries(step);
  return updateIf({
    Key: graduationKey(agentId, graduationId),
    UpdateExpression: `SET ${fields.map((_, i) => `steps[${stepIndex(name)}].#f${i} = :v${i}`).join(', ')}`,
    ConditionExpression: RUNNING.ConditionExpression,
    ExpressionAttributeNames: { ...RUNNING.names, ...Object.fromEntries(fields.map(([field], i) => [`#f${i}`, field])) },
    ExpressionAttributeValues: { ...RUNNING.values, ...Object.fromEntries(fields.map(([, value], i) => [`:v${i}`, value])) },
  });
};

export const recordExamTasks = (agentId: string, graduationId: string, tasks: GraduationTask[]): Promise<boolean> =>
  updateIf({
    Key: graduationKey(agentId, graduationId),
    UpdateExpression: 'SET exam_tasks = :tasks REMOVE exam_set_tasks',
    ConditionExpression: RUNNING.ConditionExpression,
    ExpressionAttributeNames: RUNNING.names,
    ExpressionAttributeValues: { ...RUNNING.values, ':tasks': tasks },
  });

/** One exam task's result: its own list element, so tasks graded at once never overwrite each other. */
export const recordExamTask = (agentId: string, graduationId: string, task: GraduationTask): Promise<boolean> =>
  updateIf({
    Key: graduationKey(agentId, graduationId),
    UpdateExpression: `SET exam_tasks[${task.index}] = :task`,
    ConditionExpression: RUNNING.ConditionExpression,
    ExpressionAttributeNames: RUNNING.names,
    ExpressionAttributeValues: { ...RUNNING.values, ':task': task },
  });

/** The graduation's final state, written only over a running one. */
export const graduationEnded = (graduation: Graduation & { status: EndedStatus }): TransactItem => ({
  Put: {
    TableName: tableName,
    Item: { ...graduationKey(graduation.agent_id, graduation.id), ...graduation },
    ConditionExpression: RUNNING.ConditionExpression,
    ExpressionAttributeNames: RUNNING.names,
    ExpressionAttributeValues: RUNNING.values,
  },
  onConditionFail: () => new Conflict('INVALID_TRANSITION', `graduation ${graduation.id} has already ended`),
});

export const releaseLock = (agentId: string, graduationId: string): TransactItem => ({
  Delete: {
    TableName: tableName,
    Key: graduationLockKey(agentId),
    ConditionExpression: 'attribute_not_exists(PK) OR graduation_id = :id',
    ExpressionAttributeValues: { ':id': graduationId },
  },
});

/**
 * Ends a running graduation with `also` (the promotion, its event) in one transaction with the lock's
 * release; false, and nothing written, when it had already ended.
 */
export const endGraduation = (ended: Graduation & { status: EndedStatus }, also: readonly TransactItem[] = []): Promise<boolean> => {
  // Refused by its condition, the ending answers false rather than its 409.
  const { onConditionFail: _refused, ...first } = graduationEnded(ended);
  return transactIf(first, [releaseLock(ended.agent_id, ended.id), ...also]);
};
