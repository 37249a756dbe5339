import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { Unprocessable } from '../domain/errors';
import { personaKey } from './keys';
import { ddb, tableName } from './table';

/** References from an agent to other resources of its workspace must name resources that exist there. */
export const assertPersonaExists = async (workspaceId: string, personaId: string | null | undefined): Promise<void> => {
  if (!personaId) return;
  const { Item } = await ddb.send(
    new GetCommand({ TableName: tableName, Key: personaKey(workspaceId, personaId), ProjectionExpression: 'PK' }),
  );
  if (!Item) {
    throw new Unprocessable(
      'PERSONA_NOT_FOUND',
      `persona ${personaId} does not exist in this workspace; create it with POST /api/personas or send null`,
      [{ field: 'persona_id', issue: 'not found' }],
    );
  }
};
