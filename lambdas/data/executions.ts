import { GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import type { Episode } from '../domain/executions/episode';
import { ACTIVE_STATUSES, type Execution, type ExecutionStatus, type ExecutionStep, isActive } from '../domain/executions/model';
import { reapAfter, type StrandedEnd } from '../domain/executions/stranded';
import {
  type ExecutionBodies,
  fitsInline,
  OFFLOADED_FIELDS,
  type OffloadedField,
  serialize,
  unstoredSteps,
} from '../domain/executions/storage';
import { Conflict, type DomainError, NotFound, TooManyRequests } from '../domain/errors';
import { addToStats } from './agent-stats';
import { episodeItem } from './episodes';
import { loadBody, storeBody } from './execution-bodies';
import { stepItem, stepsOf } from './execution-steps';
import { type ItemRead, withoutKeys } from './item';
import { activeExecutionIndexKeys, agentStatsKey, executionIndexKeys, executionKey, runningExecutionsKey, scheduleFiringKey } from './keys';
import { listPage, type ListPage } from './list';
import { transact, type TransactItem } from './operations';
import { patternQuery, patternScope, patterns } from './patterns';
import { ddb, tableName } from './table';

/**
 * Executions. Each write names the version it read, so the flow, a cancel and an approval never
 * overwrite each other; the workspace's running counter moves in the same transaction as the
 * execution that starts or ends, against the tier's concurrency cap.
 */

export const executionNotFound = (id: string) => new NotFound(`execution ${id} does not exist for this agent`, 'execution');

/** Someone else wrote the execution since it was read (a cancel, an approval, the flow): read it again. */
class ExecutionChanged extends Conflict {
  constructor() {
    super('CONCURRENT_MODIFICATION', 'the execution changed while this request ran; retry');
  }
}
const executionChanged = () => new ExecutionChanged();
export const isExecutionChanged = (error: unknown): boolean => error instanceof ExecutionChanged;

/** How long a client should wait before trying again when the cap is reached. */
const CONCURRENCY_RETRY_AFTER_SECONDS = 5;
const FIRING_RETENTION_SECONDS = 2 * 24 * 60 * 60;

/**
 * The execution's item: its state, with each large field's pointer instead of the field (stored
 * first, unless `before` already stored that very content), its step count instead of its steps.
 */
const storedItem = async (e: Execution, before?: Execution): Promise<Record<string, unknown>> => {
  const { steps, stored: _stored, ...state } = e;
  const bodies: ExecutionBodies = {};
  for (const field of OFFLOADED_FIELDS) {
    const known = before?.stored?.bodies[field];
    // The very value read from the bucket: no need to serialize megabytes again to know it is unchanged.
    if (known && before?.[field] === e[field]) {
      bodies[field] = known;
      continue;
    }
    const body = serialize(e[field]);
    if (!fitsInline(body)) bodies[field] = known?.sha256 === body.sha256 ? known : await storeBody(e, field, body);
  }
  return {
    ...executionKey(e.agent_id, e.id),
    ...executionIndexKeys(e.agent_id, e.id, e.status, isActive(e.status)),
    ...(isActive(e.status) ? activeExecutionIndexKeys(e.agent_id, e.id, reapAfter(e)) : {}),
    ...Object.fromEntries(Object.entries(state).filter(([name]) => !(name in bodies))),
    step_count: steps.length,
    bodies,
  };
};

/** What an offloaded field reads as where its body is not loaded (a list's entry). */
const NOT_LOADED: Record<OffloadedField, unknown> = {
  context: null,
  result: null,
  reasoning_trace: [],
  tool_catalog: [],
  system_prompt: '',
  user_message: '',
};

/** The execution as read from its item, its steps and bodies not loaded (a list's entry). */
const fromItem = (item: Record<string, unknown>): Execution => {
  const stored = withoutKeys<Record<string, unknown>>(item);
  const { step_count: stepCount, bodies, ...state } = stored;
  const offloaded = Object.fromEntries(Object.keys((bodies ?? {}) as object).map((field) => [field, NOT_LOADED[field as OffloadedField]]));
  // Items written before steps had items of their own still hold them inline.
  const legacy = stepCount === undefined;
  return {
    ...(state as unknown as Execution),
    ...offloaded,
    steps: legacy ? ((state.steps as Execution['steps']) ?? []) : [],
    stored: { steps: legacy ? 0 : Number(stepCount), bodies: (bodies ?? {}) as ExecutionBodies },
  };
};

/** The whole execution: its item, every step in order and its large fields from the bucket (but `skip`). */
const hydrated = async (execution: Execution, steps: readonly ExecutionStep[], skip: readonly OffloadedField[]): Promise<Execution> => {
  const stored = execution.stored ?? { steps: 0, bodies: {} };
  const wanted = Object.entries(stored.bodies).filter(([field]) => !skip.includes(field as OffloadedField));
  const fields = await Promise.all(wanted.map(async ([field, ref]) => [field, await loadBody(ref)] as const));
  return { ...execution, ...Object.fromEntries(fields), steps: stored.steps > 0 ? steps.slice(0, stored.steps) : execution.steps };
};

/** The execution's item and the steps `after` adds, as the items of one transaction; `saved` is `after` as it will be stored. */
const versionedWrites = async (
  before: Execution,
  after: Execution,
  changed: () => DomainError = executionChanged,
): Promise<{ writes: TransactItem[]; saved: Execution }> => {
  const stored = before.stored ?? { steps: 0, bodies: {} };
  const added = await Promise.all(unstoredSteps(after.steps, stored.steps).map((step) => stepItem(after, step)));
  const item = await storedItem(after, before);
  const saved = { ...after, stored: { steps: after.steps.length, bodies: item.bodies as ExecutionBodies } };
  const writes: TransactItem[] = [
    {
      Put: {
        TableName: tableName,
        Item: item,
        ConditionExpression: '#version = :version',
        ExpressionAttributeNames: { '#version': 'version' },
        ExpressionAttributeValues: { ':version': before.version },
      },
      onConditionFail: changed,
    },
    ...added.map((Item) => ({
      Put: { TableName: tableName, Item, ConditionExpression: 'attribute_not_exists(PK)' },
      onConditionFail: changed,
    })),
  ];
  return { writes, saved };
};

const moveRunning = (workspaceId: string, delta: 1 | -1, cap?: number): TransactItem => ({
  Update: {
    TableName: tableName,
    Key: runningExecutionsKey(workspaceId),
    UpdateExpression: 'ADD running :delta',
    ...(cap !== undefined
      ? {
          ConditionExpression: 'attribute_not_exists(running) OR running < :cap',
          ExpressionAttributeValues: { ':delta': delta, ':cap': cap },
        }
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
    { Put: { TableName: tableName, Item: await storedItem(execution), ConditionExpression: 'attribute_not_exists(PK)' } },
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

/**
 * The execution with its steps: its item and its steps' query at once, then the bucket for large
 * bodies. A flow step that never reads the context passes `skip: ['context']`: it reads as null, and
 * saving the execution keeps the stored one (an unchanged value keeps its pointer).
 */
export const getExecution = async (
  agentId: string,
  executionId: string,
  skip: readonly OffloadedField[] = [],
): Promise<Execution | null> => {
  const ref = { agent_id: agentId, id: executionId };
  const [{ Item }, steps] = await Promise.all([
    ddb.send(new GetCommand({ TableName: tableName, Key: executionKey(agentId, executionId), ConsistentRead: true })),
    stepsOf(ref),
  ]);
  if (!Item) return null;
  const execution = fromItem(Item);
  // A step committed between the two reads: the item counts it, so read the steps again.
  return hydrated(execution, (execution.stored?.steps ?? 0) > steps.length ? await stepsOf(ref) : steps, skip);
};

/**
 * The execution's own item alone, to read beside its agent: steps and large bodies read as not loaded.
 * For a change that needs neither (feedback).
 */
export const executionRead = (agentId: string, executionId: string): ItemRead<Execution> => ({
  key: executionKey(agentId, executionId),
  parse: fromItem,
});

/**
 * A change by the flow or a person: `after` must carry `before.version + 1`; `also` (its event) commits
 * with it. Answers `after` as stored, which a further change may start from. An execution written
 * meanwhile throws `changed()`: by default the retryable `CONCURRENT_MODIFICATION`, or what the change
 * means to its caller.
 */
export const saveExecution = async (
  before: Execution,
  after: Execution,
  also: readonly TransactItem[] = [],
  changed: () => DomainError = executionChanged,
): Promise<Execution> => {
  const { writes, saved } = await versionedWrites(before, after, changed);
  if (writes.length + also.length > 1) {
    await transact([...writes, ...also]);
    return saved;
  }
  try {
    const { Put } = writes[0] as TransactItem;
    await ddb.send(new PutCommand(Put as NonNullable<typeof Put>));
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) throw changed();
    throw error;
  }
  return saved;
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
    ...(await versionedWrites(before, after)).writes,
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
            'SET #status = :status, #error = :error, progress = :done, pending_approval = :none, task_token = :none, ' +
            'completed_at = :now, updated_at = :now, GSI1SK = :ended ADD #version :one REMOVE GSI2PK, GSI2SK',
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

/** Newest first; with `status`, through the status index (its total is a keys-only COUNT, the documented exception). */
export const listExecutions = async (
  agentId: string,
  request: { status?: ExecutionStatus; limit: number; cursor?: string; page?: number },
): Promise<ListPage<Execution>> => {
  const scope = request.status
    ? {
        ...patternScope(patterns.executionsByStatus, { agent: agentId, status: request.status, active: isActive(request.status) }),
        ascending: false,
      }
    : { ...patternScope(patterns.executionsOf, { agent: agentId }), ascending: false };
  const listed = await listPage<Record<string, unknown>>(scope, request, request.status ? undefined : () => startedExecutions(agentId));
  return { ...listed, items: listed.items.map(fromItem) };
};

const startedExecutions = async (agentId: string): Promise<number> => {
  const { Item } = await ddb.send(
    new GetCommand({ TableName: tableName, Key: agentStatsKey(agentId), ProjectionExpression: 'started_executions' }),
  );
  return Number(Item?.started_executions ?? 0);
};

/** Whether any execution of the agent is pending, in progress or awaiting approval: one key-only read. */
export const hasActiveExecutions = async (agentId: string): Promise<boolean> => {
  const result = await ddb.send(
    new QueryCommand(patternQuery(patterns.activeExecutionsOf, { agent: agentId }, { ProjectionExpression: 'PK', Limit: 1 })),
  );
  return (result.Items?.length ?? 0) > 0;
};
