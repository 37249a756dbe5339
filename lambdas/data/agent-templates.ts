import { DeleteCommand, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import type { AgentTemplate, StoredAgentTemplate } from '../domain/agents/templates';
import { Conflict, NotFound } from '../domain/errors';
import { withoutKeys } from './item';
import { agentTemplateKey } from './keys';
import { putNew, queryAll } from './operations';
import { patternQuery, patterns } from './patterns';
import { ddb, tableName } from './table';

/** A workspace's own agent templates, in the workspace's partition under their names. */

export const agentTemplateNotFound = (name: string) =>
  new NotFound(`this workspace has no template ${name}; list them with GET /api/agent-templates`);

export const getAgentTemplate = async (workspaceId: string, name: string): Promise<StoredAgentTemplate | null> => {
  const { Item } = await ddb.send(new GetCommand({ TableName: tableName, Key: agentTemplateKey(workspaceId, name) }));
  return Item ? withoutKeys<StoredAgentTemplate>(Item) : null;
};

/** Every template of the workspace, by name: a workspace keeps a handful, so the list is read whole (one query per 1 MB). */
export const listAgentTemplates = async (workspaceId: string): Promise<StoredAgentTemplate[]> => {
  const items = await queryAll(patternQuery(patterns.agentTemplatesOf, { ws: workspaceId }));
  return items.map((item) => withoutKeys<StoredAgentTemplate>(item));
};

/** Creates the named template at version 1; 409 NAME_TAKEN when the workspace already has one by that name. */
export const createAgentTemplate = async (
  workspaceId: string,
  name: string,
  template: AgentTemplate,
  by: { at: string; actor: string },
): Promise<StoredAgentTemplate> => {
  const stored: StoredAgentTemplate = { ...template, name, version: 1, created_at: by.at, updated_at: by.at, updated_by: by.actor };
  await putNew(
    { ...agentTemplateKey(workspaceId, name), ...stored },
    () =>
      new Conflict('NAME_TAKEN', `this workspace already has a template ${name}; replace it with PUT /api/agent-templates/${name}`, [
        { field: 'name', issue: 'taken' },
      ]),
  );
  return stored;
};

/** Creates or replaces the named template whole, bumping its version (1 when new). */
export const putAgentTemplate = async (
  workspaceId: string,
  name: string,
  template: AgentTemplate,
  by: { at: string; actor: string },
): Promise<StoredAgentTemplate> => {
  const fields: Record<string, unknown> = { ...template, name, updated_at: by.at, updated_by: by.actor };
  const names = Object.fromEntries(Object.keys(fields).map((k, i) => [`#f${i}`, k]));
  const values = Object.fromEntries(Object.values(fields).map((v, i) => [`:f${i}`, v]));
  const sets = Object.keys(fields).map((_k, i) => `#f${i} = :f${i}`);
  const { Attributes } = await ddb.send(
    new UpdateCommand({
      TableName: tableName,
      Key: agentTemplateKey(workspaceId, name),
      UpdateExpression:
        `SET ${sets.join(', ')}, created_at = if_not_exists(created_at, :at), ` + '#version = if_not_exists(#version, :zero) + :one',
      ExpressionAttributeNames: { ...names, '#version': 'version' },
      ExpressionAttributeValues: { ...values, ':at': by.at, ':zero': 0, ':one': 1 },
      ReturnValues: 'ALL_NEW',
    }),
  );
  return withoutKeys<StoredAgentTemplate>(Attributes ?? {});
};

/** Deletes the named template; 404 when the workspace has none by that name. */
export const deleteAgentTemplate = async (workspaceId: string, name: string): Promise<void> => {
  try {
    await ddb.send(
      new DeleteCommand({ TableName: tableName, Key: agentTemplateKey(workspaceId, name), ConditionExpression: 'attribute_exists(PK)' }),
    );
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) throw agentTemplateNotFound(name);
    throw error;
  }
};
