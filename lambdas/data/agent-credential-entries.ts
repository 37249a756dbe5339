import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Agent } from '../domain/agents/model';
import type { CredentialEntry } from '../domain/secrets/credentials';
import { agentCredentialsKey } from './keys';
import { ddb, tableName } from './table';

/**
 * The visible half of an agent's credentials (names, fingerprints, times) and the record that
 * points at the sealed values. Table only: functions that merely report credentials (status,
 * `start`) need neither the key nor the bucket.
 */

export interface CredentialsRecord {
  entries: CredentialEntry[];
  wrapped_key: string;
  object_key: string | null;
  version: number;
}

export const readCredentialsRecord = async (agent: Pick<Agent, 'id'>): Promise<CredentialsRecord | null> => {
  const { Item } = await ddb.send(new GetCommand({ TableName: tableName, Key: agentCredentialsKey(agent.id), ConsistentRead: true }));
  return Item ? (Item as unknown as CredentialsRecord) : null;
};

/** Names, fingerprints and times: what may be shown. One read. */
export const credentialEntries = async (agent: Pick<Agent, 'id'>): Promise<CredentialEntry[]> =>
  (await readCredentialsRecord(agent))?.entries ?? [];
