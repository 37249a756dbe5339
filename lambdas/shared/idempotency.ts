import { createHash } from 'node:crypto';
import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import {
  claimIdempotencyKey,
  completeIdempotencyKey,
  releaseIdempotencyKey,
} from '../data/idempotency';
import { idempotencyScope, type Key } from '../data/keys';
import type { RouteDefinition } from '../http/route';
import { toRequestId } from './envelope';
import { Conflict, InvalidInput, Unprocessable } from './errors';
import { principalFrom } from './principal';
import { header, rawBody } from './request';

/**
 * `Idempotency-Key` (API.md §1): the same key with the same body replays the first response
 * (marked `Idempotent-Replayed: true`); with a different body 422 IDEMPOTENCY_KEY_REUSED; while the
 * first request still runs 409 IDEMPOTENCY_IN_PROGRESS. Keys are scoped to the caller's workspace
 * and the route. Only responses below 500 are kept; a failed request releases its key so it can be retried.
 */

const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;
const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const claims = new WeakMap<APIGatewayProxyEvent, Key>();

export const idempotency = (route: RouteDefinition): MiddlewareObj<APIGatewayProxyEvent, APIGatewayProxyResult> => ({
  before: async ({ event }) => {
    const key = header(event, 'idempotency-key');
    const principal = principalFrom(event.requestContext.authorizer);
    if (key === undefined || !principal) return undefined;
    if (!KEY_PATTERN.test(key)) {
      throw new InvalidInput('Idempotency-Key must be 1–255 printable ASCII characters', [
        { field: 'Idempotency-Key', issue: 'invalid' },
      ]);
    }
    const scope = idempotencyScope(principal.workspace_id, principal.user_id);
    const bodyHash = sha256(rawBody(event));
    const outcome = await claimIdempotencyKey(scope, sha256(`${route.method} ${route.path} ${key}`), bodyHash);
    if (outcome.claimed) {
      claims.set(event, outcome.key);
      return undefined;
    }
    const { existing } = outcome;
    if (existing.body_hash !== bodyHash) {
      throw new Unprocessable(
        'IDEMPOTENCY_KEY_REUSED',
        'this Idempotency-Key was already used with a different body; use a new key for a new request',
      );
    }
    if (existing.state !== 'completed' || !existing.response) {
      throw new Conflict('IDEMPOTENCY_IN_PROGRESS', 'a request with this Idempotency-Key is still being processed; retry shortly');
    }
    // The replay is byte-for-byte the first body; its X-Request-Id is this request's, for tracing.
    return {
      ...existing.response,
      headers: {
        ...existing.response.headers,
        'Idempotent-Replayed': 'true',
        'X-Request-Id': toRequestId(event.requestContext.requestId),
      },
    };
  },
  after: async ({ event, response }) => {
    const key = claims.get(event);
    if (!key || !response) return;
    if (response.statusCode >= 500) await releaseIdempotencyKey(key);
    else await completeIdempotencyKey(key, { statusCode: response.statusCode, headers: stringHeaders(response), body: response.body });
  },
  onError: async ({ event }) => {
    const key = claims.get(event);
    if (key) await releaseIdempotencyKey(key);
  },
});

const stringHeaders = (response: APIGatewayProxyResult): Record<string, string> =>
  Object.fromEntries(Object.entries(response.headers ?? {}).map(([name, value]) => [name, String(value)]));
