import { GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import type { Episode } from '../domain/executions/episode';
import { ACTIVE_STATUSES, type Execution, type ExecutionStatus, isActive } from '../domain/executions/model';
import { reapAfter, type StrandedEnd } from '../domain/executions/stranded';
import { Conflict, NotFound, TooManyRequests } from '../shared/errors';
import { addToStats } from './agent-stats';
import { episodeItem } from './episodes';
import { withoutKeys } from './item';
import {
  ACTIVE_EXECUTION_PREFIX,
  activeExecutionIndexKeys,
  agentPartition,
  agentStatsKey,
  EXECUTION_PREFIX,
  executionIndexKeys,
  executionKey,
  executionsPartition,
  executionStatusPrefix,
  runningExecutionsKey,
  scheduleFiringKey,
} from './keys';
import { listPage } from './list';
import { transact, type TransactItem } from './operations';
import { ddb, tableName } from './table';

/**
 * Executions. Each write names the version it read, so the flow, a cancel and an approval never
 * overwrite each other; the workspace's running counter moves in the same transaction as the
 * execution that starts or ends, against the tier's concurrency cap.
 */

export const executionNotFound = (id: string) => new NotFound(`execution ${id} does not exist for this agent`, 'execution');

/** Someone else wrote the execution since it was read (a cancel, an approval, the flow): read it again. */
export const EXECUTION_CHANGED = 'EXECUTION_CHANGED';
const executionChanged = () => new Conflict(EXECUTION_CHANGED, 'the execution changed while this request ran; retry');
export const isExecutionChanged = (error: unknown): boolean => error instanceof Conflict && error.code === EXECUTION_CHANGED;

/** How long a client should wait before trying again when the cap is reached. */
const CONCURRENCY_RETRY_AFTER_SECONDS = 5;
const FIRING_RETENTION_SECONDS = 2 * 24 * 60 * 60;

const itemOf = (e: Execution) => ({
  ...executionKey(e.agent_id, e.id),
  ...executionIndexKeys(e.agent_id, e.id, e.status, isActive(e.status)),
  ...(isActive(e.status) ? activeExecutionIndexKeys(e.agent_id, e.id, reapAfter(e)) : {}),
  ...e,
});

const versionedPut = (before: Pick<Execution, 'version'>, after: Execution): TransactItem => ({
  Put: {
    TableName: tableName,
    Item: itemOf(after),
    ConditionExpression: '#version = :version',
    ExpressionAttributeNames: { '#version': 'version' },
    ExpressionAttributeValues: { ':version': before.version },
  },
  onConditionFail: executionChanged,
});

const moveRunning = (workspaceId: string, delta: 1 | -1, cap?: number): TransactItem => ({
  Update: {
    TableName: tableName,
    Key: runningExecutionsKey(workspaceId),
    UpdateExpression: 'ADD running :delta',
    ...(cap !== undefined
      ? { ConditionExpression: 'attribute_not_exists(running) OR running < :cap', ExpressionAttributeValues: { ':delta': delta, ':cap': cap } }
      : { ExpressionAttributeValues: { ':delta': delta } }),
  },
  ...(cap !== undefined
    ? {
        onConditionFail: () =>
          new TooManyRequests(
            'CONCURRENCY_LIMIT',
            `this workspace already runs ${cap} executions, its tier's maximum at once; wait for one to finish or upgrade the tier`,
            CONCURRENCY_RETRY_AFTER_SECONDS,
          ),
      }
    : {}),
});

export interface Firing {
  scheduleId: string;
  fireTime: string;
}

/**
 * A new execution, `pending`, counted against the workspace's cap (429 CONCURRENCY_LIMIT when it is
 * reached) and the agent's started runs. A schedule's firing is written with it: the same firing
 * delivered twice answers 409 ALREADY_FIRED naming the execution it started.
 */
export const submitExecution = async (execution: Execution, cap: number, firing?: Firing): Promise<void> => {
  await transact([
    { Put: { TableName: tableName, Item: itemOf(execution), ConditionExpression: 'attribute_not_exists(PK)' } },
    moveRunning(execution.workspace_id, 1, cap),
    addToStats(execution.agent_id, { started_executions: 1 }),
    ...(firing
      ? [
          {
            Put: {
              TableName: tableName,
              Item: {
                ...scheduleFiringKey(execution.agent_id, firing.scheduleId, firing.fireTime),
                execution_id: execution.id,
                expires_at: Math.floor(Date.now() / 1000) + FIRING_RETENTION_SECONDS,
              },
              ConditionExpression: 'attribute_not_exists(PK)',
            },
            onConditionFail: (existing: Record<string, unknown> | undefined) =>
              new Conflict('ALREADY_FIRED', `this firing already started execution ${String(existing?.execution_id)}`, [
                { issue: 'duplicate firing', execution_id: existing?.execution_id },
              ]),
          } satisfies TransactItem,
        ]
      : []),
  ]);
};

export const getExecution = async (agentId: string, executionId: string): Promise<Execution | null> => {
  const { Item } = await ddb.send(new GetCommand({ TableName: tableName, Key: executionKey(agentId, executionId), ConsistentRead: true }));
  return Item ? withoutKeys<Execution>(Item) : null;
};

/** A change by the flow or a person: `after` must carry `before.version + 1`; `also` (its event) commits with it. */
export const saveExecution = async (before: Execution, after: Execution, also: readonly TransactItem[] = []): Promise<void> => {
  if (also.length > 0) return transact([versionedPut(before, after), ...also]);
  try {
    const { Put } = versionedPut(before, after);
    await ddb.send(new PutCommand(Put as NonNullable<typeof Put>));
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) throw executionChanged();
    throw error;
  }
};

/**
 * The end of a run, in one transaction: the execution, its slot under the cap, `also` (its event
 * and log line) and — unless it was cancelled — its episode and what it adds to the agent's statistics.
 */
export const finishExecution = async (
  before: Execution,
  after: Execution,
  outcome: { episode: Episode; stats: Record<string, number> } | null,
  also: readonly TransactItem[],
): Promise<void> => {
  await transact([
    versionedPut(before, after),
    moveRunning(after.workspace_id, -1),
    ...(outcome ? [{ Put: { TableName: tableName, Item: episodeItem(outcome.episode) } }, addToStats(after.agent_id, outcome.stats)] : []),
    ...also,
  ]);
  if (outcome && after.completed_at) await moveLastExecution(after.agent_id, after.completed_at);
};

/**
 * The end of a run whose flow could not record it: a few attributes set in place (never the whole
 * item, which may be what failed), the slot given back, a failure counted and `also` (its event), in
 * one transaction. Answers false when the run had already ended.
 */
export const releaseExecution = async (
  ref: Pick<Execution, 'workspace_id' | 'agent_id' | 'id'>,
  end: StrandedEnd,
  now: string,
  also: readonly TransactItem[],
): Promise<boolean> => {
  const active = Object.fromEntries(ACTIVE_STATUSES.map((status, i) => [`:active${i}`, status]));
  try {
    await transact([
      {
        Update: {
          TableName: tableName,
          Key: executionKey(ref.agent_id, ref.id),
          UpdateExpression:
            'SET #status = :status, #error = :error, progress = :done, pending_approval = :none, task_token = :none, completed_at = :now, updated_at = :now, GSI1SK = :ended ADD #version :one REMOVE GSI2PK, GSI2SK',
          ConditionExpression: `#status IN (${Object.keys(active).join(', ')})`,
          ExpressionAttributeNames: { '#status': 'status', '#error': 'error', '#version': 'version' },
          ExpressionAttributeValues: {
            ...active,
            ':status': end.status,
            ':error': end.error,
            ':done': 100,
            ':none': null,
            ':now': now,
            ':one': 1,
            ':ended': executionIndexKeys(ref.agent_id, ref.id, end.status, false).GSI1SK,
          },
        },
        onConditionFail: () => new Conflict('EXECUTION_ENDED', `execution ${ref.id} has already ended`),
      },
      moveRunning(ref.workspace_id, -1),
      ...(end.status === 'cancelled' ? [] : [addToStats(ref.agent_id, { total_executions: 1, failed_executions: 1 })]),
      ...also,
    ]);
    return true;
  } catch (error) {
    if (error instanceof Conflict && error.code === 'EXECUTION_ENDED') return false;
    throw error;
  }
};

/** `last_execution` only moves forward, whichever of two concurrent runs records last. */
const moveLastExecution = async (agentId: string, at: string): Promise<void> => {
  try {
    await ddb.send(
      new UpdateCommand({
        TableName: tableName,
        Key: agentStatsKey(agentId),
        UpdateExpression: 'SET last_execution = :at',
        ConditionExpression: 'attribute_not_exists(last_execution) OR last_execution < :at',
        ExpressionAttributeValues: { ':at': at },
      }),
    );
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
  }
};

export interface ExecutionPage {
  items: Execution[];
  nextCursor: string | null;
  total: number;
}

/** Newest first; with `status`, through the status index (its total is a keys-only COUNT, the documented exception). */
export const listExecutions = async (
  agentId: string,
  request: { status?: ExecutionStatus; limit: number; cursor?: string; page?: number },
): Promise<ExecutionPage & { page: number }> => {
  const scope = request.status
    ? { index: 'GSI1' as const, partition: executionsPartition(agentId), sortPrefix: executionStatusPrefix(request.status, isActive(request.status)), ascending: false }
    : { partition: agentPartition(agentId), sortPrefix: EXECUTION_PREFIX, ascending: false };
  const listed = await listPage<Record<string, unknown>>(scope, request, request.status ? undefined : () => startedExecutions(agentId));
  return { items: listed.items.map((i) => withoutKeys<Execution>(i)), nextCursor: listed.nextCursor, total: listed.total, page: listed.page };
};

const startedExecutions = async (agentId: string): Promise<number> => {
  const { Item } = await ddb.send(new GetCommand({ TableName: tableName, Key: agentStatsKey(agentId), ProjectionExpression: 'started_executions' }));
  return Number(Item?.started_executions ?? 0);
};

/** Whether any execution of the agent is pending, in progress or awaiting approval: one key-only read. */
export const hasActiveExecutions = async (agentId: string): Promise<boolean> => {
  const result = await ddb.send(
    new QueryCommand({
      TableName: tableName,
      IndexName: 'GSI1',
      KeyConditionExpression: 'GSI1PK = :pk AND begins_with(GSI1SK, :active)',
      ExpressionAttributeValues: { ':pk': executionsPartition(agentId), ':active': ACTIVE_EXECUTION_PREFIX },
      ProjectionExpression: 'PK',
      Limit: 1,
    }),
  );
  return (result.Items?.length ?? 0) > 0;
};
