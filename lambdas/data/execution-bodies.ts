import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import type { Execution } from '../domain/executions/model';
import type { BodyRef, SerializedBody } from '../domain/executions/storage';
import { agentObjectPrefix } from './avatars';
import { bucketName } from './bucket';
import { s3 } from './clients';

/**
 * The large bodies of a run (a context, a prompt, a step) as objects under the agent's prefix, so
 * deleting the agent purges them with its files. Named by content: a body written before a
 * transaction that then fails is never mistaken for another; it is an orphan the purge removes.
 */

type Ref = Pick<Execution, 'workspace_id' | 'agent_id' | 'id'>;

export const executionObjectPrefix = (run: Ref): string =>
  `${agentObjectPrefix({ workspace_id: run.workspace_id, id: run.agent_id })}executions/${run.id}/`;

export const storeBody = async (run: Ref, name: string, body: SerializedBody): Promise<BodyRef> => {
  const key = `${executionObjectPrefix(run)}${name}-${body.sha256}.json`;
  await s3().send(new PutObjectCommand({ Bucket: bucketName, Key: key, Body: body.json, ContentType: 'application/json' }));
  return { key, size: body.size, sha256: body.sha256 };
};

/** A body read back; a missing object fails the read loudly (its key names its content, so it never changes). */
export const loadBody = async <T>(ref: BodyRef): Promise<T> => {
  const object = await s3().send(new GetObjectCommand({ Bucket: bucketName, Key: ref.key }));
  return JSON.parse((await object.Body?.transformToString('utf-8')) ?? '') as T;
};
