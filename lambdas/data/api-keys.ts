import { DeleteCommand, GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { ApiKeyRecord } from '../domain/api-keys';
import { NotFound } from '../domain/errors';
import { withoutKeys } from './item';
import { apiKeyIndexKeys, apiKeyKey } from './keys';
import { type ListPage, type ListRequest, listPage } from './list';
import { batchDelete, queryAll } from './operations';
import { patternQuery, patternScope, patterns } from './patterns';
import { ddb, tableName } from './table';

/**
 * Workspace API keys, stored under the SHA-256 of the secret only: the authorizer finds a key with
 * one strongly consistent read, so a revoked key fails on the very next request.
 */

const record = (item: Record<string, unknown>): ApiKeyRecord => {
  const { secret_hash: _hash, ...rest } = withoutKeys<Record<string, unknown>>(item);
  return rest as unknown as ApiKeyRecord;
};

export const putApiKey = async (key: ApiKeyRecord, secretHash: string): Promise<void> => {
  await ddb.send(
    new PutCommand({
      TableName: tableName,
      Item: { ...apiKeyKey(secretHash), ...apiKeyIndexKeys(key.workspace_id, key.id), ...key, secret_hash: secretHash },
      ConditionExpression: 'attribute_not_exists(PK)',
    }),
  );
};

export const findApiKeyBySecretHash = async (secretHash: string): Promise<ApiKeyRecord | null> => {
  const { Item } = await ddb.send(new GetCommand({ TableName: tableName, Key: apiKeyKey(secretHash), ConsistentRead: true }));
  return Item ? record(Item) : null;
};

export const listApiKeys = async (workspaceId: string, request: ListRequest): Promise<ListPage<ApiKeyRecord>> => {
  const page = await listPage<Record<string, unknown>>(patternScope(patterns.apiKeysOf, { ws: workspaceId }), request);
  return { ...page, items: page.items.map(record) };
};

const storedApiKey = async (workspaceId: string, keyId: string): Promise<Record<string, unknown> | undefined> => {
  const { Items } = await ddb.send(
    new QueryCommand(
      patternQuery(patterns.apiKeysOf, { ws: workspaceId }, { sort: { equals: apiKeyIndexKeys(workspaceId, keyId).GSI1SK } }),
    ),
  );
  return Items?.[0];
};

export const getApiKey = async (workspaceId: string, keyId: string): Promise<ApiKeyRecord | null> => {
  const stored = await storedApiKey(workspaceId, keyId);
  return stored ? record(stored) : null;
};

export const revokeApiKey = async (workspaceId: string, keyId: string): Promise<void> => {
  const stored = await storedApiKey(workspaceId, keyId);
  if (!stored) throw new NotFound(`API key ${keyId} does not exist in this workspace`, 'api_key');
  await ddb.send(new DeleteCommand({ TableName: tableName, Key: apiKeyKey(stored.secret_hash as string) }));
};

/** Revokes every key of the workspace its creator made: they leave with their creator. */
export const revokeKeysCreatedBy = async (workspaceId: string, creator: string): Promise<void> => {
  const keys = await queryAll(patternQuery(patterns.apiKeysOf, { ws: workspaceId }));
  await batchDelete(keys.filter((k) => k.created_by === creator).map((k) => ({ ...apiKeyKey(k.secret_hash as string) })));
};

/** How often a key's `last_used_at` moves: a usage timestamp is not worth a write per request. */
export const API_KEY_TOUCH_INTERVAL_MS = 60_000;

/** Best effort and at most once a minute per key, however many requests race. */
export const touchApiKey = async (secretHash: string, now: Date): Promise<void> => {
  const cutoff = new Date(now.getTime() - API_KEY_TOUCH_INTERVAL_MS).toISOString();
  await ddb
    .send(
      new UpdateCommand({
        TableName: tableName,
        Key: apiKeyKey(secretHash),
        UpdateExpression: 'SET last_used_at = :now',
        ConditionExpression:
          'attribute_exists(PK) AND (attribute_not_exists(last_used_at) OR last_used_at = :null OR last_used_at < :cutoff)',
        ExpressionAttributeValues: { ':now': now.toISOString(), ':cutoff': cutoff, ':null': null },
      }),
    )
    .catch(() => undefined);
};
