import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { ulid } from 'ulid';
import type { Agent } from '../domain/agents/model';
import {
  applyCredentialChange,
  type CredentialChange,
  type CredentialEntry,
  type CredentialSet,
  type CredentialValues,
  EMPTY_CREDENTIALS,
  MAX_CREDENTIALS,
} from '../domain/secrets/credentials';
import { type Sealed, sealJson, unsealJson } from '../domain/secrets/sealed';
import { Conflict, Forbidden, NotFound } from '../domain/errors';
import { agentObjectPrefix } from './avatars';
import { bucketName } from './bucket';
import { s3 } from './clients';
import { newDataKey, unwrapDataKey } from './data-keys';
import { type CredentialsRecord, readCredentialsRecord as readRecord } from './agent-credential-entries';
import { agentCredentialsKey } from './keys';
import { transact, type TransactItem } from './operations';
import { tableName } from './table';

/**
 * An agent's credentials. The values of all of them are one sealed object in the files bucket
 * (up to 100 values of 16 KiB outgrow a table item), under a data key of the agent's own that KMS
 * wraps with the workspace and agent as encryption context. The table item holds what may be shown
 * (names, fingerprints, times), the wrapped key and which object is current; replacing that item
 * under a version condition is what makes a change atomic, whatever its size.
 */

type AgentRef = Pick<Agent, 'workspace_id' | 'id'>;

const keyContext = (agent: AgentRef) => ({ workspace_id: agent.workspace_id, agent_id: agent.id });
const sealContext = (agent: AgentRef) => `agent-credentials:${agent.id}`;

const readValues = async (agent: AgentRef, record: CredentialsRecord, dataKey: Buffer): Promise<CredentialValues> => {
  if (!record.object_key) return {};
  const object = await s3().send(new GetObjectCommand({ Bucket: bucketName, Key: record.object_key }));
  const sealed = JSON.parse(await (object.Body?.transformToString() ?? Promise.resolve('{}'))) as Sealed;
  return unsealJson<CredentialValues>(dataKey, sealed, sealContext(agent));
};

/** The values, for the code that calls providers and tools: never for an answer or a log line. */
export const readAgentCredentials = async (workspaceId: string, agentId: string): Promise<CredentialValues> => {
  const agent = { workspace_id: workspaceId, id: agentId };
  const record = await readRecord(agent);
  if (!record) return {};
  return readValues(agent, record, await unwrapDataKey(record.wrapped_key, keyContext(agent)));
};

const concurrentChange = () =>
  new Conflict('CONCURRENT_MODIFICATION', "the agent's credentials changed while this request ran; send it again");

const refusal = (current: CredentialSet, change: CredentialChange, next: CredentialSet) => {
  if (change.kind === 'remove' && !(change.name in current.values)) {
    return new NotFound(`the agent holds no credential named ${change.name}`, 'credential');
  }
  if (next.entries.length > MAX_CREDENTIALS) {
    return new Forbidden(`an agent holds at most ${MAX_CREDENTIALS} credentials; remove some first`, 'QUOTA_EXCEEDED', [
      { field: 'credentials', issue: 'too many', used: current.entries.length, limit: MAX_CREDENTIALS, requested: next.entries.length },
    ]);
  }
  return null;
};

/**
 * A change's starting point, read by its caller beside what else the change writes: the stored record (read
 * consistently) and what to write with the new entries in the same transaction (the agent's health).
 */
export interface PreparedCredentialChange {
  record: CredentialsRecord | null;
  also: (entries: readonly CredentialEntry[]) => TransactItem[];
}

/**
 * Applies `change` to the prepared record's set (refusing a missing name or more than the limit), writes the new
 * sealed object and then switches the record to it if nobody else did first, with what `also` plans from the new
 * entries in the same transaction. The superseded object is deleted afterwards; a failed switch deletes the new
 * one instead, so values never linger unreferenced.
 */
export const changeAgentCredentials = async (
  agent: AgentRef,
  change: CredentialChange,
  prepare: () => Promise<PreparedCredentialChange> = async () => ({ record: await readRecord(agent), also: () => [] }),
): Promise<CredentialEntry[]> => {
  const { record, also: alsoFor } = await prepare();
  const dataKey = record
    ? { plaintext: await unwrapDataKey(record.wrapped_key, keyContext(agent)), wrapped: record.wrapped_key }
    : await newDataKey(keyContext(agent));
  const current: CredentialSet = record
    ? { values: await readValues(agent, record, dataKey.plaintext), entries: record.entries }
    : EMPTY_CREDENTIALS;
  const now = new Date().toISOString();
  const next = applyCredentialChange(current, change, now, agent.id);
  const refused = refusal(current, change, next);
  if (refused) throw refused;

  const objectKey = `${agentObjectPrefix(agent)}credentials/${ulid()}.sealed`;
  await s3().send(
    new PutObjectCommand({
      Bucket: bucketName,
      Key: objectKey,
      Body: JSON.stringify(sealJson(dataKey.plaintext, next.values, sealContext(agent))),
      ContentType: 'application/json',
    }),
  );
  const updated: CredentialsRecord = {
    entries: next.entries,
    wrapped_key: dataKey.wrapped,
    object_key: objectKey,
    version: (record?.version ?? 0) + 1,
  };
  try {
    await transact([
      {
        Put: {
          TableName: tableName,
          Item: { ...agentCredentialsKey(agent.id), ...updated, workspace_id: agent.workspace_id },
          ...(record
            ? {
                ConditionExpression: '#version = :expected',
                ExpressionAttributeNames: { '#version': 'version' },
                ExpressionAttributeValues: { ':expected': record.version },
              }
            : { ConditionExpression: 'attribute_not_exists(PK)' }),
        },
        onConditionFail: concurrentChange,
      },
      ...alsoFor(next.entries),
    ]);
  } catch (error) {
    await s3().send(new DeleteObjectCommand({ Bucket: bucketName, Key: objectKey }));
    throw error;
  }
  if (record?.object_key) await s3().send(new DeleteObjectCommand({ Bucket: bucketName, Key: record.object_key }));
  return next.entries;
};
