import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { idempotencyKey, type Key } from './keys';
import { ddb, tableName } from './table';

/** Idempotency records: claimed before a handler runs, completed with its response, released on failure. */

export interface StoredResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
  /** The answer carried a secret: only its status is kept, never its body. */
  withheld?: true;
}

export interface IdempotencyRecord {
  state: 'in_progress' | 'completed';
  body_hash: string;
  locked_until: number;
  response?: StoredResponse;
}

export const RETENTION_SECONDS = 24 * 60 * 60;
/** A claim whose holder crashed may be taken over after this long. */
const LOCK_MS = 60_000;

/** Claims the key; answers the existing record instead when someone already holds or completed it. */
export const claimIdempotencyKey = async (
  scope: string,
  keyHash: string,
  bodyHash: string,
  now = Date.now(),
): Promise<{ claimed: true; key: Key } | { claimed: false; existing: IdempotencyRecord }> => {
  const key = idempotencyKey(scope, keyHash);
  try {
    await ddb.send(
      new PutCommand({
        TableName: tableName,
        Item: {
          ...key,
          state: 'in_progress',
          body_hash: bodyHash,
          locked_until: now + LOCK_MS,
          expires_at: Math.floor(now / 1000) + RETENTION_SECONDS,
        },
        ConditionExpression: 'attribute_not_exists(PK) OR (#state = :in_progress AND locked_until < :now) OR expires_at < :nowSeconds',
        ExpressionAttributeNames: { '#state': 'state' },
        ExpressionAttributeValues: { ':in_progress': 'in_progress', ':now': now, ':nowSeconds': Math.floor(now / 1000) },
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      }),
    );
    return { claimed: true, key };
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException && error.Item) {
      return { claimed: false, existing: unmarshall(error.Item) as IdempotencyRecord };
    }
    throw error;
  }
};

export const completeIdempotencyKey = async (key: Key, response: StoredResponse): Promise<void> => {
  await ddb.send(
    new UpdateCommand({
      TableName: tableName,
      Key: key,
      UpdateExpression: 'SET #state = :completed, #response = :response REMOVE locked_until',
      ExpressionAttributeNames: { '#state': 'state', '#response': 'response' },
      ExpressionAttributeValues: { ':completed': 'completed', ':response': response },
    }),
  );
};

export const releaseIdempotencyKey = async (key: Key): Promise<void> => {
  await ddb.send(new DeleteCommand({ TableName: tableName, Key: key }));
};
