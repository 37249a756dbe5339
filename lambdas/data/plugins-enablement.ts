import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Enablement, Requirement, VersionSummary } from '../domain/plugins/model';
import { NotFound } from '../domain/errors';
import { withoutKeys } from './item';
import { pluginEnablementKey } from './keys';
import { type ListPage, type ListRequest, listPage } from './list';
import { patternScope, patterns } from './patterns';
import { ddb, tableName } from './table';

/**
 * Plugins enabled in a workspace: one item each in the workspace's partition. `assigned_agents`
 * counts the workspace's plugin-use items for the plugin; it only ever moves in the transactions
 * that add or remove those items, so disabling can require it to be what it read.
 */

export const notEnabled = (ref: string) => new NotFound(`plugin ${ref} is not enabled in this workspace`, 'plugin');

export const getEnablement = async (workspaceId: string, pluginId: string, consistent = false): Promise<Enablement | null> => {
  const { Item } = await ddb.send(
    new GetCommand({ TableName: tableName, Key: pluginEnablementKey(workspaceId, pluginId), ConsistentRead: consistent }),
  );
  return Item ? withoutKeys<Enablement>(Item) : null;
};

export const listEnablements = async (workspaceId: string, request: ListRequest): Promise<ListPage<Enablement>> => {
  const page = await listPage<Record<string, unknown>>(patternScope(patterns.pluginEnablementsOf, { ws: workspaceId }), request);
  return { ...page, items: page.items.map((item) => withoutKeys<Enablement>(item)) };
};

/**
 * Enables the plugin, changes its pin or approves its latest version, in one write that never
 * touches its assignment count. `approved` is the version the caller saw and accepted.
 */
export const enablePlugin = async (
  workspaceId: string,
  plugin: { id: string; name: string },
  pin: { version: string; requires: Requirement[] } | null,
  approved: VersionSummary,
  actor: string,
  now: string,
): Promise<Enablement> => {
  const result = await ddb.send(
    new UpdateCommand({
      TableName: tableName,
      Key: pluginEnablementKey(workspaceId, plugin.id),
      UpdateExpression:
        'SET workspace_id = :ws, plugin_id = :id, #name = :name, pinned_version = :pin, ' +
        'pinned_requires = :requires, approved = :approved, updated_at = :now, ' +
        'assigned_agents = if_not_exists(assigned_agents, :zero), ' +
        'enabled_by = if_not_exists(enabled_by, :actor), enabled_at = if_not_exists(enabled_at, :now)',
      ExpressionAttributeNames: { '#name': 'name' },
      ExpressionAttributeValues: {
        ':ws': workspaceId,
        ':id': plugin.id,
        ':name': plugin.name,
        ':pin': pin?.version ?? null,
        ':requires': pin?.requires ?? null,
        ':approved': approved,
        ':now': now,
        ':zero': 0,
        ':actor': actor,
      },
      ReturnValues: 'ALL_NEW',
    }),
  );
  return withoutKeys<Enablement>(result.Attributes ?? {});
};
