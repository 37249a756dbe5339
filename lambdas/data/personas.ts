import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Persona, PersonaChanges } from '../domain/personas';
import { NotFound } from '../domain/errors';
import { withoutKeys } from './item';
import { personaKey } from './keys';
import { type ListPage, type ListRequest, listPage } from './list';
import { queryPages, transact, updateVersioned, versionedDelete } from './operations';
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

/** Deletes the persona only while it is still at `version`, so a delete never discards a change it did not see. */
export const deletePersona = async (persona: Persona): Promise<void> => {
  await transact([versionedDelete(personaKey(persona.workspace_id, persona.id), persona.version, () => personaNotFound(persona.id))]);
};

export interface AgentReference {
  id: string;
  slug: string;
  name: string;
}

/**
 * Live agents of the workspace whose `persona_id` names the persona, at most `limit` of them.
 * Reads the workspace's agent list index (live agents only, by key prefix) with a filter: the
 * agents' own items carry `persona_id`, and a reverse index item per agent would have to be kept
 * in every agent write. The read is O(agents of the workspace), bounded by its tier, and happens
 * only when a persona is deleted; it stops as soon as `limit` users are found.
 */
export const agentsUsingPersona = async (workspaceId: string, personaId: string, limit = 20): Promise<AgentReference[]> => {
  const found: AgentReference[] = [];
  const pages = queryPages(
    patternQuery(
      patterns.agentsByCreation,
      { ws: workspaceId },
      {
        FilterExpression: 'persona_id = :persona',
        ProjectionExpression: 'id, slug, #name',
        ExpressionAttributeNames: { '#name': 'name' },
        ExpressionAttributeValues: { ':persona': personaId },
      },
    ),
  );
  for await (const page of pages) {
    for (const item of page) found.push({ id: String(item.id), slug: String(item.slug), name: String(item.name) });
    if (found.length >= limit) break;
  }
  return found.slice(0, limit);
};
