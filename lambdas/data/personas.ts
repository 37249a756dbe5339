import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Persona, PersonaChanges } from '../domain/personas';
import { NotFound } from '../domain/errors';
import { personaValue } from './agent-values';
import { batchGetItems } from './batch';
import { withoutKeys } from './item';
import { agentKey, agentValueCountKey, personaKey } from './keys';
import { type ListPage, type ListRequest, listPage } from './list';
import { transactIf, updateVersioned, versionedDelete } from './operations';
import { patternQuery, patternScope, patterns } from './patterns';
import { ddb, tableName } from './table';

/**
 * Personas of a workspace, in the workspace's own partition (ordered by id, so by creation).
 * The item keeps the shape `assertPersonaExists` reads: `personaKey(ws, id)`.
 */

export const personaNotFound = (id: string) =>
  new NotFound(`persona ${id} does not exist in this workspace; list them with GET /api/personas`);

export const putPersona = async (persona: Persona): Promise<void> => {
  await ddb.send(
    new PutCommand({
      TableName: tableName,
      Item: { ...personaKey(persona.workspace_id, persona.id), ...persona },
      ConditionExpression: 'attribute_not_exists(PK)',
    }),
  );
};

export const getPersona = async (workspaceId: string, id: string): Promise<Persona | null> => {
  const { Item } = await ddb.send(new GetCommand({ TableName: tableName, Key: personaKey(workspaceId, id) }));
  return Item ? withoutKeys<Persona>(Item) : null;
};

export const listPersonas = async (workspaceId: string, request: ListRequest): Promise<ListPage<Persona>> => {
  const page = await listPage<Record<string, unknown>>(patternScope(patterns.personasOf, { ws: workspaceId }), request);
  return { ...page, items: page.items.map((item) => withoutKeys<Persona>(item)) };
};

export const updatePersona = async (
  workspaceId: string,
  id: string,
  expectedVersion: number,
  changes: PersonaChanges & { updated_at: string },
): Promise<Persona> =>
  withoutKeys<Persona>(await updateVersioned(personaKey(workspaceId, id), expectedVersion, changes, () => personaNotFound(id)));

/**
 * Deletes the persona only while no live agent uses it and it is still at `version`, so a delete never discards
 * a change it did not see: its users' counter is checked in the same transaction, and an agent taking the persona
 * checks that it still exists in its own (`personaCheck`), so neither can slip past the other.
 * Answers false, deleting nothing, when an agent uses it.
 */
export const deleteUnusedPersona = async (persona: Persona): Promise<boolean> => {
  const value = personaValue(persona.id);
  return transactIf(
    {
      ConditionCheck: {
        TableName: tableName,
        Key: agentValueCountKey(persona.workspace_id, value),
        ConditionExpression: 'attribute_not_exists(#users) OR #users <= :none',
        ExpressionAttributeNames: { '#users': value },
        ExpressionAttributeValues: { ':none': 0 },
      },
    },
    [versionedDelete(personaKey(persona.workspace_id, persona.id), persona.version, () => personaNotFound(persona.id))],
  );
};

export interface AgentReference {
  id: string;
  slug: string;
  name: string;
}

/** Live agents of the workspace that use the persona, at most `limit` of them: its entries, then those agents. */
export const agentsUsingPersona = async (workspaceId: string, personaId: string, limit = 20): Promise<AgentReference[]> => {
  const { Items } = await ddb.send(
    new QueryCommand(patternQuery(patterns.agentValueByCreation, { ws: workspaceId, value: personaValue(personaId) }, { Limit: limit })),
  );
  const ids = (Items ?? []).map((entry) => String(entry.agent_id));
  const agents = new Map((await batchGetItems(ids.map((id) => agentKey(workspaceId, id)))).map((agent) => [String(agent.id), agent]));
  return ids.flatMap((id) => {
    const agent = agents.get(id);
    return agent && agent.status !== 'deleted' ? [{ id, slug: String(agent.slug), name: String(agent.name) }] : [];
  });
};
