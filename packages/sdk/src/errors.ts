/** Every failure the client reports is an `AgentPlatformError`; its subclass names the family, `code` the exact error. */

export interface ErrorDetail {
  field?: string;
  issue: string;
}

export interface ErrorFields {
  status: number;
  code: string;
  message: string;
  details?: ErrorDetail[];
  requestId?: string;
  retryAfterSeconds?: number;
}

export class AgentPlatformError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: ErrorDetail[];
  readonly requestId: string | undefined;
  readonly retryAfterSeconds: number | undefined;

  constructor(fields: ErrorFields) {
    super(fields.message);
    this.name = new.target.name;
    this.status = fields.status;
    this.code = fields.code;
    this.details = fields.details ?? [];
    this.requestId = fields.requestId;
    this.retryAfterSeconds = fields.retryAfterSeconds;
  }
}

/** 400 and 422: the request itself is wrong. */
export class InvalidRequestError extends AgentPlatformError {}
/** 401: no credentials, or credentials the platform refuses. */
export class AuthenticationError extends AgentPlatformError {}
/** 403: known caller, action not allowed (role, scope, governance, tier limit). */
export class PermissionDeniedError extends AgentPlatformError {}
/** 404: absent, or in a workspace the caller is not in. */
export class NotFoundError extends AgentPlatformError {}
/** 409 and 412: the resource's state or version does not allow the change. */
export class ConflictError extends AgentPlatformError {}
/** 429: over a rate, daily or concurrency limit; `retryAfterSeconds` says when to come back. */
export class RateLimitError extends AgentPlatformError {}
/** 5xx: the platform failed. */
export class ServerError extends AgentPlatformError {}
/** No answer at all: refused, reset or timed-out connection. */
export class ConnectionError extends AgentPlatformError {}

const families: Array<[(status: number) => boolean, typeof AgentPlatformError]> = [
  [(s) => s === 400 || s === 422, InvalidRequestError],
  [(s) => s === 401, AuthenticationError],
  [(s) => s === 403, PermissionDeniedError],
  [(s) => s === 404, NotFoundError],
  [(s) => s === 409 || s === 412, ConflictError],
  [(s) => s === 429, RateLimitError],
  [(s) => s >= 500, ServerError],
];

export const errorFor = (fields: ErrorFields): AgentPlatformError => {
  const Family = families.find(([matches]) => matches(fields.status))?.[1] ?? AgentPlatformError;
  return new Family(fields);
};
