import type { IntegrationKind } from '../domain/integrations';
import { Unprocessable } from '../domain/errors';
import { integrationKey } from './keys';
import type { Item, TransactItem } from './operations';
import { tableName } from './table';

/*
 * Apart from the integrations' repository, which seals credentials: an agent's write takes its
 * references without loading the KMS client (every agent route would carry it).
 */

/**
 * The agents' side of the reference count, written in the agent's own transaction: taking a
 * reference also proves, atomically, that the integration exists and is of the right kind.
 */
export const integrationReference = (ws: string, kind: IntegrationKind, field: string, id: string, delta: 1 | -1): TransactItem => ({
  Update: {
    TableName: tableName,
    Key: integrationKey(ws, id),
    UpdateExpression: 'ADD agents :delta',
    ...(delta > 0
      ? {
          ConditionExpression: 'attribute_exists(PK) AND #kind = :kind',
          ExpressionAttributeNames: { '#kind': 'kind' },
          ExpressionAttributeValues: { ':delta': delta, ':kind': kind },
        }
      : { ConditionExpression: 'attribute_exists(PK)', ExpressionAttributeValues: { ':delta': delta } }),
  },
  ...(delta > 0
    ? {
        onConditionFail: (existing: Item | undefined) =>
          new Unprocessable(
            'INTEGRATION_NOT_FOUND',
            existing
              ? `integration ${id} is a ${String(existing.kind)} integration; ${field} needs a ${kind} one`
              : `integration ${id} does not exist in this workspace; create it with POST /api/workspaces/${ws}/integrations or send null`,
            [{ field, issue: existing ? 'wrong kind' : 'not found' }],
          ),
      }
    : {}),
});
