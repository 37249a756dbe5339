import type { Agent } from '../domain/agents/model';
import { agentKey } from './keys';
import type { TransactItem } from './operations';
import { tableName } from './table';

/**
 * The agent's `runtime_state` as a run's end leaves it, written in that end's transaction. Neither
 * `version` nor `updated_at` moves: the state is the platform's observation, not a change a client
 * made, so it never makes a client's `If-Match` stale. An agent is never deleted while it has
 * runs (delete answers 409 AGENT_BUSY), so the condition only guards against writing a stub item.
 */
export const setRuntimeState = (workspaceId: string, agentId: string, state: Agent['runtime_state']): TransactItem => ({
  Update: {
    TableName: tableName,
    Key: agentKey(workspaceId, agentId),
    UpdateExpression: 'SET runtime_state = :state',
    ConditionExpression: 'attribute_exists(PK)',
    ExpressionAttributeValues: { ':state': state },
  },
});
