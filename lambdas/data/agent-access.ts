import { DeleteCommand, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { AccessEntry, AccessLevel } from '../domain/agents/access';
import type { Agent } from '../domain/agents/model';
import { Conflict, NotFound } from '../domain/errors';
import { batchGetItems } from './batch';
import { withoutKeys } from './item';
import { agentAccessIndexKeys, agentAccessKey, agentKey } from './keys';
import { batchDelete, putNew, queryAll, type TransactItem } from './operations';
import { patternQuery, patterns } from './patterns';
import { ddb, tableName } from './table';

/** Access entries: one per agent and email, holding the email's level on that agent. */

const entryItem = (e: AccessEntry) => ({
  ...agentAccessKey(e.agent_id, e.email),
  ...agentAccessIndexKeys(e.workspace_id, e.agent_id, e.email),
  ...e,
});

/** The creator's `owner` entry, written in the agent's own create transaction. */
export const ownerEntryPut = (entry: AccessEntry): TransactItem => ({ Put: { TableName: tableName, Item: entryItem(entry) } });

export const accessOf = async (agentId: string, email: string): Promise<AccessLevel | null> => {
  if (!email) return null;
  const { Item } = await ddb.send(
    new GetCommand({
      TableName: tableName,
      Key: agentAccessKey(agentId, email),
      ProjectionExpression: '#a',
      ExpressionAttributeNames: { '#a': 'access' },
    }),
  );
  return (Item?.access as AccessLevel | undefined) ?? null;
};

export const grantAccess = async (entry: AccessEntry): Promise<void> => {
  await putNew(
    entryItem(entry),
    () => new Conflict('ALREADY_GRANTED', `${entry.email} already has access to this agent; remove it first to change it`),
  );
};

export const revokeAccess = async (agentId: string, email: string, levels: readonly AccessLevel[]): Promise<void> => {
  try {
    await ddb.send(
      new DeleteCommand({
        TableName: tableName,
        Key: agentAccessKey(agentId, email),
        ConditionExpression: `#a IN (${levels.map((_, i) => `:l${i}`).join(', ')})`,
        ExpressionAttributeNames: { '#a': 'access' },
        ExpressionAttributeValues: Object.fromEntries(levels.map((l, i) => [`:l${i}`, l])),
      }),
    );
  } catch (error) {
    if ((error as Error).name === 'ConditionalCheckFailedException') throw new NotFound(`${email} has no such access to this agent`);
    throw error;
  }
};

export const entriesOf = async (agentId: string, levels: readonly AccessLevel[]): Promise<AccessEntry[]> => {
  const { Items } = await ddb.send(new QueryCommand(patternQuery(patterns.accessEntriesOf, { agent: agentId })));
  return (Items ?? []).map((i) => withoutKeys<AccessEntry>(i)).filter((e) => levels.includes(e.access));
};

/**
 * A removed member's shares and agent-admin entries in one workspace. Their `owner` entries stay with
 * the agents they created (an owner entry is the creator's record, not a grant).
 */
export const removeGrantsOf = async (email: string, workspaceId: string): Promise<void> => {
  const entries = await queryAll(patternQuery(patterns.agentsVisibleTo, { email, ws: workspaceId }));
  const grants = entries.map((i) => withoutKeys<AccessEntry>(i)).filter((e) => e.access !== 'owner');
  await batchDelete(grants.map((e) => ({ ...agentAccessKey(e.agent_id, e.email) })));
};

/**
 * The agents an email holds entries for in a workspace, with their level. A member's visible agents
 * are few, so they are read whole (keys, then one batch read per 100).
 */
export const agentsVisibleTo = async (email: string, workspaceId: string): Promise<{ agent: Agent; access: AccessLevel }[]> => {
  const entries = (await queryAll(patternQuery(patterns.agentsVisibleTo, { email, ws: workspaceId }))).map((i) =>
    withoutKeys<AccessEntry>(i),
  );
  const agents = (await batchGetItems(entries.map((e) => ({ ...agentKey(workspaceId, e.agent_id) })))).map((item) =>
    withoutKeys<Agent>(item),
  );
  const levels = new Map(entries.map((e) => [e.agent_id, e.access]));
  return agents.filter((a) => a.status !== 'deleted').map((agent) => ({ agent, access: levels.get(agent.id) as AccessLevel }));
};
