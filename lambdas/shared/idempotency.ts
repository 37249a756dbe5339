import { createHash } from 'node:crypto';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import {
  claimIdempotencyKey,
  completeIdempotencyKey,
  type IdempotencyRecord,
  releaseIdempotencyKey,
  type StoredResponse,
} from '../data/idempotency';
import { idempotencyScope } from '../data/keys';
import type { RouteDefinition } from './route';
import { toRequestId } from './envelope';
import { Conflict, InvalidInput, Unprocessable } from '../domain/errors';
import { countMetric } from './observability';
import type { Principal } from './principal';
import { header, rawBody } from './request';

/**
 * `Idempotency-Key` (API.md §1): the same key with the same body replays the first response
 * (marked `Idempotent-Replayed: true`); with a different body 422 IDEMPOTENCY_KEY_REUSED; while the
 * first request still runs 409 IDEMPOTENCY_IN_PROGRESS. Only responses below 500 are kept; a failed
 * request releases its key so it can be retried.
 *
 * It runs after scopes and validation, and a record belongs to one caller standing (identity, role,
 * scopes), one method, one concrete path and one workspace: another caller, or the same caller after
 * a role change, never sees the first answer: theirs is a new request, authorized as any other.
 * An answer that carries a secret (`secretResponse` routes) is stored without its body, and its
 * replay answers 409 SECRET_SHOWN_ONCE.
 */

const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;
const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/** Everything a replay must match besides the key: who asks, with which rights, for what. */
const recordHash = (route: RouteDefinition, event: APIGatewayProxyEvent, principal: Principal, key: string): string =>
  sha256(
    JSON.stringify([
      principal.auth_type,
      principal.user_id,
      principal.role,
      [...principal.scopes].sort(),
      principal.platform_admin,
      route.method,
      event.path,
      key,
    ]),
  );

export const withIdempotency = async (
  route: RouteDefinition,
  event: APIGatewayProxyEvent,
  principal: Principal | null,
  run: () => Promise<APIGatewayProxyResult>,
): Promise<APIGatewayProxyResult> => {
  const key = header(event, 'idempotency-key');
  if (key === undefined || !principal) return run();
  if (!KEY_PATTERN.test(key)) {
    throw new InvalidInput('Idempotency-Key must be 1–255 printable ASCII characters', [{ field: 'Idempotency-Key', issue: 'invalid' }]);
  }
  const bodyHash = sha256(rawBody(event));
  const outcome = await claimIdempotencyKey(
    idempotencyScope(principal.workspace_id, principal.user_id),
    recordHash(route, event, principal, key),
    bodyHash,
  );
  if (!outcome.claimed) {
    const answer = replay(outcome.existing, bodyHash, event);
    countMetric('IdempotentReplay');
    return answer;
  }
  let response: APIGatewayProxyResult;
  try {
    response = await run();
  } catch (error) {
    await releaseIdempotencyKey(outcome.key);
    throw error;
  }
  if (response.statusCode >= 500) await releaseIdempotencyKey(outcome.key);
  else await completeIdempotencyKey(outcome.key, stored(route, response));
  return response;
};

const replay = (existing: IdempotencyRecord, bodyHash: string, event: APIGatewayProxyEvent): APIGatewayProxyResult => {
  if (existing.body_hash !== bodyHash) {
    throw new Unprocessable(
      'IDEMPOTENCY_KEY_REUSED',
      'this Idempotency-Key was already used with a different body; use a new key for a new request',
    );
  }
  if (existing.state !== 'completed' || !existing.response) {
    throw new Conflict('IDEMPOTENCY_IN_PROGRESS', 'a request with this Idempotency-Key is still being processed; retry shortly');
  }
  if (existing.response.withheld) {
    throw new Conflict(
      'SECRET_SHOWN_ONCE',
      `the first request with this Idempotency-Key succeeded (${existing.response.statusCode}) ` +
        'and its answer carried a secret, which is shown once and never stored; ' +
        'list the resource to find it, or send a new key to create another',
    );
  }
  // The replay is byte-for-byte the first body; its X-Request-Id is this request's, for tracing.
  return {
    ...existing.response,
    headers: { ...existing.response.headers, 'Idempotent-Replayed': 'true', 'X-Request-Id': toRequestId(event.requestContext.requestId) },
  };
};

const stored = (route: RouteDefinition, response: APIGatewayProxyResult): StoredResponse =>
  route.secretResponse && response.statusCode < 300
    ? { statusCode: response.statusCode, headers: {}, body: '', withheld: true }
    : { statusCode: response.statusCode, headers: stringHeaders(response), body: response.body };

const stringHeaders = (response: APIGatewayProxyResult): Record<string, string> =>
  Object.fromEntries(Object.entries(response.headers ?? {}).map(([name, value]) => [name, String(value)]));
