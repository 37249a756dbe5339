import { defaultAttribute, type Integration, type IntegrationKind } from '../domain/integrations';
import { type Sealed, sealJson } from '../domain/secrets/sealed';
import { Conflict, NotFound, VersionConflict } from '../domain/errors';
import { newDataKey } from './data-keys';
import type { ItemRead } from './item';
import { INTEGRATION_PREFIX, integrationKey, workspaceKey, workspacePartition } from './keys';
import { type ListPage, type ListRequest, listPage } from './list';
import { type Item, transact, type TransactItem } from './operations';
import { tableName } from './table';

/**
 * Integrations, and each kind's default on the workspace item. Credentials are sealed under a data key of the
 * integration's own (wrapped by KMS, bound to workspace and integration id) and stored beside it;
 * nothing here ever opens them.
 */

interface SealedCredentials {
  key: string;
  box: Sealed;
}

export const integrationNotFound = (id: string) => new NotFound(`integration ${id} does not exist in this workspace`);

const STORED_ONLY = new Set(['PK', 'SK', 'sealed_credentials']);
const toIntegration = (item: Item): Integration =>
  Object.fromEntries(Object.entries(item).filter(([name]) => !STORED_ONLY.has(name))) as unknown as Integration;

const keyContext = (integration: Pick<Integration, 'workspace_id' | 'id'>) => ({
  workspace_id: integration.workspace_id,
  integration_id: integration.id,
});

/** Seals `credentials` for this integration alone; an empty object seals nothing. */
export const sealCredentials = async (
  integration: Pick<Integration, 'workspace_id' | 'id'>,
  credentials: Record<string, string>,
): Promise<SealedCredentials | null> => {
  if (Object.keys(credentials).length === 0) return null;
  const dataKey = await newDataKey(keyContext(integration));
  return { key: dataKey.wrapped, box: sealJson(dataKey.plaintext, credentials, `integration:${integration.id}`) };
};

const pointTo = (ws: string, kind: IntegrationKind, integrationId: string): TransactItem => ({
  Update: {
    TableName: tableName,
    Key: workspaceKey(ws),
    UpdateExpression: 'SET #default = :id',
    ConditionExpression: 'attribute_exists(PK)',
    ExpressionAttributeNames: { '#default': defaultAttribute(kind) },
    ExpressionAttributeValues: { ':id': integrationId },
  },
});

/** Clears the default only if it still names this integration. */
const unpoint = (ws: string, kind: IntegrationKind, integrationId: string): TransactItem => ({
  Update: {
    TableName: tableName,
    Key: workspaceKey(ws),
    UpdateExpression: 'REMOVE #default',
    ConditionExpression: '#default = :id',
    ExpressionAttributeNames: { '#default': defaultAttribute(kind) },
    ExpressionAttributeValues: { ':id': integrationId },
  },
});

export const createIntegration = async (
  integration: Integration,
  sealed: SealedCredentials | null,
  makeDefault: boolean,
): Promise<void> => {
  await transact([
    {
      Put: {
        TableName: tableName,
        Item: {
          ...integrationKey(integration.workspace_id, integration.id),
          ...integration,
          ...(sealed ? { sealed_credentials: sealed } : {}),
        },
        ConditionExpression: 'attribute_not_exists(PK)',
      },
    },
    ...(makeDefault ? [pointTo(integration.workspace_id, integration.kind, integration.id)] : []),
  ]);
};

export const integrationRead = (ws: string, id: string): ItemRead<Integration> => ({ key: integrationKey(ws, id), parse: toIntegration });

export const listIntegrations = async (ws: string, request: ListRequest): Promise<ListPage<Integration>> => {
  const page = await listPage<Item>({ partition: workspacePartition(ws), sortPrefix: INTEGRATION_PREFIX }, request);
  return { ...page, items: page.items.map(toIntegration) };
};

export interface IntegrationChange {
  fields: Partial<Pick<Integration, 'name' | 'provider' | 'config' | 'credential_names' | 'updated_at'>>;
  /** undefined: keep; null: remove; a value: replace. */
  sealed?: SealedCredentials | null;
  /** true: make it the default of its kind; false: stop being it. */
  isDefault?: boolean;
  wasDefault: boolean;
}

export const updateIntegration = async (before: Integration, expectedVersion: number, change: IntegrationChange): Promise<Integration> => {
  const after: Integration = { ...before, ...change.fields, version: before.version + 1 };
  const names: Record<string, string> = { '#version': 'version' };
  const values: Record<string, unknown> = { ':expected': expectedVersion, ':next': after.version };
  const sets = Object.entries(change.fields).map(([field, value], i) => {
    names[`#f${i}`] = field;
    values[`:v${i}`] = value;
    return `#f${i} = :v${i}`;
  });
  if (change.sealed) {
    names['#sealed'] = 'sealed_credentials';
    values[':sealed'] = change.sealed;
    sets.push('#sealed = :sealed');
  }
  const remove = change.sealed === null ? ' REMOVE sealed_credentials' : '';
  const { workspace_id: ws, kind, id } = before;
  await transact([
    {
      Update: {
        TableName: tableName,
        Key: integrationKey(ws, id),
        UpdateExpression: `SET ${[...sets, '#version = :next'].join(', ')}${remove}`,
        ConditionExpression: 'attribute_exists(PK) AND #version = :expected',
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      },
      onConditionFail: (current) => (current ? new VersionConflict(Number(current.version)) : integrationNotFound(id)),
    },
    ...(change.isDefault === true && !change.wasDefault ? [pointTo(ws, kind, id)] : []),
    ...(change.isDefault === false && change.wasDefault ? [unpoint(ws, kind, id)] : []),
  ]);
  return after;
};

/** Refused while any agent names it; its default pointer goes with it. */
export const deleteIntegration = async (integration: Integration, isDefault: boolean): Promise<void> => {
  const { workspace_id: ws, kind, id } = integration;
  await transact([
    {
      Delete: {
        TableName: tableName,
        Key: integrationKey(ws, id),
        ConditionExpression: 'attribute_exists(PK) AND (attribute_not_exists(agents) OR agents = :none)',
        ExpressionAttributeValues: { ':none': 0 },
      },
      onConditionFail: (current) =>
        current
          ? new Conflict(
              'INTEGRATION_IN_USE',
              `integration ${id} is used by ${String(current.agents)} agent(s); point them at another integration first`,
              [{ field: 'integration', issue: 'in use', agents: Number(current.agents) }],
            )
          : integrationNotFound(id),
    },
    ...(isDefault ? [unpoint(ws, kind, id)] : []),
  ]);
};
