import { type BreakerState, CLOSED_BREAKER } from '../domain/webhooks/breaker';
import type { Webhook } from '../domain/webhooks/model';
import { webhookKey } from './keys';
import { updateIf, updateIfReturning } from './operations';

/**
 * The endpoint's breaker attributes (domain/webhooks/breaker.ts), written beside the endpoint
 * without its version: deliveries never make a person's `If-Match` stale. Every write is
 * conditional on the endpoint still existing, so none brings a deleted one back.
 */

type Endpoint = Pick<Webhook, 'workspace_id' | 'id'>;

const EXISTS = 'attribute_exists(PK)';

/**
 * One more failed attempt, counted atomically (concurrent attempts all count); the
 * breaker as it is afterwards, or null when the endpoint is gone.
 */
export const countFailure = async (endpoint: Endpoint): Promise<BreakerState | null> => {
  const item = await updateIfReturning({
    Key: webhookKey(endpoint.workspace_id, endpoint.id),
    UpdateExpression: 'ADD circuit_failures :one',
    ConditionExpression: EXISTS,
    ExpressionAttributeValues: { ':one': 1 },
  });
  return item
    ? {
        circuit_failures: Number(item.circuit_failures),
        circuit_open_until: (item.circuit_open_until as string | null | undefined) ?? null,
        circuit_opens: Number(item.circuit_opens ?? 0),
      }
    : null;
};

/** Opens it, unless a concurrent failure opened it first (`opens` is no longer what was read): one cool-down per opening. */
export const openBreaker = (endpoint: Endpoint, until: string, opensRead: number): Promise<boolean> =>
  updateIf({
    Key: webhookKey(endpoint.workspace_id, endpoint.id),
    UpdateExpression: 'SET circuit_open_until = :until, circuit_opens = :opens',
    ConditionExpression: `${EXISTS} AND (attribute_not_exists(circuit_opens) OR circuit_opens = :read)`,
    ExpressionAttributeValues: { ':until': until, ':opens': opensRead + 1, ':read': opensRead },
  });

/**
 * Claims the probe after a cool-down: of the attempts that find it ended, the one that
 * moves `circuit_open_until` from `ended` to `window` probes.
 */
export const claimProbe = (endpoint: Endpoint, ended: string, window: string): Promise<boolean> =>
  updateIf({
    Key: webhookKey(endpoint.workspace_id, endpoint.id),
    UpdateExpression: 'SET circuit_open_until = :window',
    ConditionExpression: `${EXISTS} AND circuit_open_until = :ended`,
    ExpressionAttributeValues: { ':window': window, ':ended': ended },
  });

export const closeBreaker = (endpoint: Endpoint): Promise<boolean> =>
  updateIf({
    Key: webhookKey(endpoint.workspace_id, endpoint.id),
    UpdateExpression: 'SET circuit_failures = :failures, circuit_open_until = :until, circuit_opens = :opens',
    ConditionExpression: EXISTS,
    ExpressionAttributeValues: {
      ':failures': CLOSED_BREAKER.circuit_failures,
      ':until': CLOSED_BREAKER.circuit_open_until,
      ':opens': CLOSED_BREAKER.circuit_opens,
    },
  });
