import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { Unprocessable } from '../domain/errors';
import { personaKey } from './keys';
import type { TransactItem } from './operations';
import { ddb, tableName } from './table';

/** A reference to a persona the workspace does not have: 422, unlike the persona routes' own 404. */
const unknownPersona = (personaId: string) =>
  new Unprocessable(
    'PERSONA_NOT_FOUND',
    `persona ${personaId} does not exist in this workspace; create it with POST /api/personas or send null`,
    [{ field: 'persona_id', issue: 'not found' }],
  );

/**
 * References from an agent to other resources of its workspace must name resources that exist there.
 * Checked before anything is stored for the agent (an avatar), so a wrong id leaves nothing behind.
 */
export const assertPersonaExists = async (workspaceId: string, personaId: string | null | undefined): Promise<void> => {
  if (!personaId) return;
  const { Item } = await ddb.send(
    new GetCommand({ TableName: tableName, Key: personaKey(workspaceId, personaId), ProjectionExpression: 'PK' }),
  );
  if (!Item) throw unknownPersona(personaId);
};

/**
 * A persona the agent takes is checked again in the agent's own transaction: a persona deleted meanwhile
 * refuses the write (its delete checks, in its own, that no agent uses it).
 */
export const personaCheck = (
  workspaceId: string,
  before: { persona_id?: string | null } | null,
  after: { persona_id?: string | null },
): TransactItem[] =>
  after.persona_id && after.persona_id !== before?.persona_id
    ? [
        {
          ConditionCheck: {
            TableName: tableName,
            Key: personaKey(workspaceId, after.persona_id),
            ConditionExpression: 'attribute_exists(PK)',
          },
          onConditionFail: () => unknownPersona(after.persona_id as string),
        },
      ]
    : [];
