/**
 * The error hierarchy every handler, domain and data module throws. One middleware
 * (`http.ts`) maps an `ApiError` to its status, code and envelope; anything else is a
 * 500 `INTERNAL` with no internal detail. Codes are the table in API.md §1.
 */

export interface ErrorDetail {
  field?: string;
  issue: string;
  [extra: string]: unknown;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: ErrorDetail[],
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class InvalidInput extends ApiError {
  /** `code`: a more specific 400 than INVALID_INPUT, such as INVALID_BUNDLE for a credentials bundle that does not open. */
  constructor(message: string, details?: ErrorDetail[], code = 'INVALID_INPUT') {
    super(400, code, message, details);
  }
}

export class ImmutableField extends ApiError {
  constructor(fields: string[]) {
    super(
      400,
      'IMMUTABLE_FIELD',
      `${fields.join(', ')} cannot be changed after creation; remove ${fields.length > 1 ? 'them' : 'it'} from the request`,
      fields.map((field) => ({ field, issue: 'immutable' })),
    );
  }
}

export class Unauthorized extends ApiError {
  constructor(message = 'a valid bearer token or API key is required') {
    super(401, 'UNAUTHORIZED', message);
  }
}

export class Forbidden extends ApiError {
  constructor(message: string, code = 'FORBIDDEN', details?: ErrorDetail[]) {
    super(403, code, message, details);
  }
}

export class NotFound extends ApiError {
  /** `resource` names the code: `agent` → `AGENT_NOT_FOUND`; omitted → `NOT_FOUND`. */
  constructor(message: string, resource?: string) {
    super(404, resource ? `${resource.toUpperCase()}_NOT_FOUND` : 'NOT_FOUND', message);
  }
}

export class MethodNotAllowed extends ApiError {
  constructor(allowed: string[]) {
    super(405, 'METHOD_NOT_ALLOWED', `this path accepts ${allowed.join(', ')}`, undefined, {
      Allow: allowed.join(', '),
    });
  }
}

export class Conflict extends ApiError {
  constructor(code: string, message: string, details?: ErrorDetail[]) {
    super(409, code, message, details);
  }
}

export class VersionConflict extends ApiError {
  constructor(current: number) {
    super(412, 'VERSION_CONFLICT', `If-Match does not match the current version ${current}; fetch the resource again and retry`, [
      { field: 'If-Match', issue: 'stale', current_version: current },
    ]);
  }
}

export class PayloadTooLarge extends ApiError {
  /** `what` and `field` name a part of the body with a limit of its own (a decoded upload). */
  constructor(limitBytes: number, part: { what: string; field: string } = { what: 'the request body', field: 'body' }) {
    super(413, 'PAYLOAD_TOO_LARGE', `${part.what} exceeds this endpoint's limit of ${limitBytes} bytes`, [
      { field: part.field, issue: 'too_large', limit_bytes: limitBytes },
    ]);
  }
}

export class UnsupportedMediaType extends ApiError {
  constructor() {
    super(415, 'UNSUPPORTED_MEDIA_TYPE', 'send the body as JSON with Content-Type: application/json');
  }
}

export class Unprocessable extends ApiError {
  constructor(code: string, message: string, details?: ErrorDetail[]) {
    super(422, code, message, details);
  }
}

export class TooManyRequests extends ApiError {
  constructor(code: string, message: string, retryAfterSeconds: number, headers: Record<string, string> = {}) {
    super(429, code, message, undefined, { ...headers, 'Retry-After': String(retryAfterSeconds) });
  }
}

export class Internal extends ApiError {
  constructor() {
    super(500, 'INTERNAL', 'something went wrong on our side; retry later or contact support with the request id');
  }
}

export class ExecutionFailed extends ApiError {
  constructor(message: string, details?: ErrorDetail[]) {
    super(502, 'EXECUTION_FAILED', message, details);
  }
}

export class ServiceUnavailable extends ApiError {
  constructor(message: string, retryAfterSeconds: number) {
    super(503, 'SERVICE_UNAVAILABLE', message, undefined, { 'Retry-After': String(retryAfterSeconds) });
  }
}
