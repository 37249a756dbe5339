import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Execution } from '../domain/executions/model';
import { ACTIVE_EXECUTION_SHARDS, REAP_PREFIX } from './keys';
import { patternQuery, patterns } from './patterns';
import { ddb } from './table';

/**
 * Active runs of the whole platform through the sparse index only they carry (GSI2): the reaper
 * reads those past their reap time, the local runtime all of them when it starts again.
 */

export type ActiveRun = Pick<Execution, 'workspace_id' | 'agent_id' | 'id' | 'timeout_seconds'>;

/** Per shard and call: a backlog larger than this is ended over the following ticks. */
const PAGE = 100;

const shards = [...Array(ACTIVE_EXECUTION_SHARDS).keys()];

const page = async (shard: number, until: string): Promise<ActiveRun[]> => {
  const { Items } = await ddb.send(
    new QueryCommand(
      patternQuery(
        patterns.activeExecutionsDue,
        { shard },
        {
          // Sort keys are the reap prefix, the time, then ids: every time before `until` sorts below prefix + `until`.
          sort: { between: [REAP_PREFIX, `${REAP_PREFIX}${until}`] },
          ProjectionExpression: 'workspace_id, agent_id, id, timeout_seconds',
          Limit: PAGE,
        },
      ),
    ),
  );
  return (Items ?? []) as ActiveRun[];
};

/** Active runs whose reap time is before `until` (an ISO time), oldest first within each shard. */
export const activeExecutionsDue = async (until: string): Promise<ActiveRun[]> =>
  (await Promise.all(shards.map((shard) => page(shard, until)))).flat();
