import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Adaptation } from '../domain/learning/adaptations';
import { Conflict } from '../domain/errors';
import { withoutKeys } from './item';
import { adaptationKey } from './keys';
import { queryAll, type TransactItem } from './operations';
import { patternQuery, patterns } from './patterns';
import { ddb, tableName } from './table';

/**
 * The adaptation history: one item per adaptation ever applied to an agent, written in the same
 * transaction as the agent change it made, so the history and the agent never disagree.
 */

export interface AdaptationRecord extends Adaptation {
  status: 'applied' | 'reverted';
  applied_at: string;
  applied_by: string;
  /** The agent's version the apply produced. */
  agent_version: number;
  reverted_at: string | null;
  reverted_by: string | null;
}

export const getAdaptationRecord = async (agentId: string, adaptationId: string): Promise<AdaptationRecord | null> => {
  const { Item } = await ddb.send(new GetCommand({ TableName: tableName, Key: adaptationKey(agentId, adaptationId) }));
  return Item ? withoutKeys<AdaptationRecord>(Item) : null;
};

/** Bounded by the distinct adaptations the rules can derive for one agent, so read whole. */
export const listAdaptationRecords = async (agentId: string): Promise<AdaptationRecord[]> => {
  const items = await queryAll(patternQuery(patterns.adaptationsOf, { agent: agentId }));
  return items.map((item) => withoutKeys<AdaptationRecord>(item));
};

/** Applied once at a time: a second apply while applied loses the race with 409. */
export const recordApplied = (agentId: string, record: AdaptationRecord): TransactItem => ({
  Put: {
    TableName: tableName,
    Item: { ...adaptationKey(agentId, record.id), ...record },
    ConditionExpression: 'attribute_not_exists(PK) OR #status = :reverted',
    ExpressionAttributeNames: { '#status': 'status' },
    ExpressionAttributeValues: { ':reverted': 'reverted' },
  },
  onConditionFail: () => new Conflict('INVALID_TRANSITION', `adaptation ${record.id} is already applied; revert it first`),
});

export const recordReverted = (agentId: string, adaptationId: string, at: string, by: string): TransactItem => ({
  Update: {
    TableName: tableName,
    Key: adaptationKey(agentId, adaptationId),
    UpdateExpression: 'SET #status = :reverted, reverted_at = :at, reverted_by = :by',
    ConditionExpression: '#status = :applied',
    ExpressionAttributeNames: { '#status': 'status' },
    ExpressionAttributeValues: { ':reverted': 'reverted', ':applied': 'applied', ':at': at, ':by': by },
  },
  onConditionFail: () => new Conflict('INVALID_TRANSITION', `adaptation ${adaptationId} is not applied, so there is nothing to revert`),
});
