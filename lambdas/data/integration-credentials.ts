import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Integration } from '../domain/integrations';
import { type Sealed, unsealJson } from '../domain/secrets/sealed';
import { unwrapDataKey } from './data-keys';
import { integrationKey } from './keys';
import { ddb, tableName } from './table';

/**
 * An integration with its credentials opened, for the code that calls its provider (a model turn) and
 * nothing else. The data key is bound to the workspace and integration id, so another workspace's
 * sealed box cannot be opened here even if it were read.
 */

export interface OpenedIntegration {
  integration: Integration;
  credentials: Record<string, string>;
}

export const openIntegration = async (workspaceId: string, integrationId: string): Promise<OpenedIntegration | null> => {
  const { Item } = await ddb.send(
    new GetCommand({ TableName: tableName, Key: integrationKey(workspaceId, integrationId), ConsistentRead: true }),
  );
  if (!Item) return null;
  const {
    PK: _pk,
    SK: _sk,
    sealed_credentials: sealed,
    ...integration
  } = Item as Record<string, unknown> & { sealed_credentials?: { key: string; box: Sealed } };
  if (!sealed) return { integration: integration as unknown as Integration, credentials: {} };
  const plaintext = await unwrapDataKey(sealed.key, { workspace_id: workspaceId, integration_id: integrationId });
  return {
    integration: integration as unknown as Integration,
    credentials: unsealJson<Record<string, string>>(plaintext, sealed.box, `integration:${integrationId}`),
  };
};
