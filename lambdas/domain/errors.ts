/**
 * Every error code the platform answers with, declared once with when it applies (API.md §1 "Error
 * codes"), and the errors domain, data and handler code throw. An error carries its code, a message
 * that says what to do, details, and the plain data an answer needs (a retry delay, the allowed
 * methods, rate-limit figures); how a code answers over HTTP is `shared/error-status.ts`' concern.
 */

export const ERROR_CODES = {
  INVALID_INPUT: 'malformed JSON, schema violation, unknown field, bad query parameter or cursor',
  IMMUTABLE_FIELD: 'an update names a field that cannot change (role, maturity_level, id, …)',
  INVALID_BUNDLE: 'a credentials bundle that does not open (wrong passphrase, altered bytes); a plugin bundle that fails its checks',
  UNAUTHORIZED: 'missing, invalid or expired token or API key; an unverified email',
  FORBIDDEN: 'the role, scope or share does not allow it; deleting a system agent',
  AGENT_LIMIT_EXCEEDED: "the workspace's tier allows no more agents",
  GOVERNANCE_VIOLATION: "the agent's maturity level, read-only mode or autonomy does not allow the action",
  QUOTA_EXCEEDED: 'a tier or per-agent quota is spent (file storage, schedules, credentials); details give used and allowed',
  BUDGET_EXCEEDED: "the workspace's model spend budget for the month is used",
  NOT_FOUND:
    'the path names something absent, deleted or in another workspace (an integration, persona or template too); ' +
    'also a path the API does not have',
  ADAPTATION_NOT_FOUND: 'no such training adaptation for this agent',
  AGENT_NOT_FOUND: 'no such agent in the workspace',
  API_KEY_NOT_FOUND: 'no such API key in the workspace',
  AVATAR_NOT_FOUND: 'the agent has no avatar',
  CREDENTIAL_NOT_FOUND: 'the agent holds no credential of that name',
  DELIVERY_NOT_FOUND: 'no such webhook delivery',
  EXAM_SET_NOT_FOUND: 'no such exam set',
  EXECUTION_NOT_FOUND: 'no such execution of this agent',
  FILE_NOT_FOUND: 'no file at that path',
  GRADUATION_NOT_FOUND: 'no such graduation of this agent',
  INTEGRATION_NOT_FOUND: 'a body names an integration that is absent, foreign or of another kind',
  MEMBER_NOT_FOUND: 'no such member of the workspace',
  PERSONA_NOT_FOUND: 'an agent names a persona that is not one of its workspace',
  PLUGIN_NOT_FOUND: 'no such plugin, or not enabled in the workspace',
  SCHEDULE_NOT_FOUND: 'no such schedule of this agent',
  UPLOAD_NOT_FOUND: 'no uploaded bundle under that upload id',
  WEBHOOK_NOT_FOUND: 'no such webhook',
  WORKSPACE_NOT_FOUND: 'no such workspace, or the caller is not a member',
  METHOD_NOT_ALLOWED: 'the path exists but not with this method (`Allow` lists them)',
  NAME_TAKEN: 'the name is already used in the workspace (agents, templates) or the marketplace (plugins)',
  AGENT_BUSY: 'delete or rename while executions are pending, running or awaiting approval',
  AGENT_NOT_ACTIVE: 'executing an agent whose status is not active (details name it)',
  INVALID_TRANSITION: 'a status change the state table forbids',
  GRADUATION_IN_PROGRESS: 'a graduation of this agent is already running',
  AGENT_UNHEALTHY: 'starting an agent whose health check fails, without force (details name the failing checks)',
  IDEMPOTENCY_IN_PROGRESS: 'the first request with this Idempotency-Key has not answered yet',
  SECRET_SHOWN_ONCE: 'a replayed Idempotency-Key whose first answer carried a secret',
  ALREADY_MEMBER: 'the email is already a member of the workspace',
  ALREADY_GRANTED: 'the email already has that access to the agent',
  LAST_OWNER: 'removing or demoting the last owner of a workspace',
  INTEGRATION_IN_USE: 'deleting an integration agents use (details name them)',
  PERSONA_IN_USE: 'deleting a persona agents use (details name them)',
  PLUGIN_IN_USE: 'disabling a plugin agents have assigned, without force',
  FOLDER_IN_USE: 'unpublishing a folder other agents mount (details name them)',
  VERSION_EXISTS: 'registering a plugin version that is not above the latest',
  EXECUTION_ENDED: 'approving, rejecting or cancelling an execution that has already ended',
  ALREADY_FIRED: 'a schedule firing that already started its execution (details name it)',
  CONCURRENT_MODIFICATION:
    'what the request changes was changed by another request while it ran ' +
    '(credentials, an upload, plugin assignments or versions, folders, a membership), after retries; send it again',
  VERSION_CONFLICT: '`If-Match` does not match the current version',
  PAYLOAD_TOO_LARGE: "the body (or a decoded upload) exceeds the endpoint's limit",
  UNSUPPORTED_MEDIA_TYPE: 'the body is not sent as application/json',
  PLUGIN_NOT_ENABLED: 'a plugin that does not exist or is not enabled in the workspace, or a missing requirement',
  PLUGIN_DEPENDENCY_CYCLE: 'enabling a plugin whose `requires` form a cycle',
  PLUGIN_NOT_PUBLISHED: 'enabling a plugin with no published version',
  PLUGIN_VERSION_NOT_FOUND: 'pinning a version the plugin does not have',
  IDEMPOTENCY_KEY_REUSED: 'an Idempotency-Key reused with a different body',
  MODEL_NOT_ALLOWED: "the tier's model list does not include the model (details list the allowed ids)",
  NOT_ELIGIBLE: 'graduation requested before the readiness rules allow it',
  TEMPLATE_NOT_FOUND: "creating an agent from a template that is neither built in nor the workspace's",
  NOT_A_MEMBER: 'granting agent access to an email that is not a member of the workspace',
  FOLDER_NOT_PUBLISHED: 'mounting a folder its agent does not publish',
  MOUNT_AGENT_NOT_FOUND: 'a mount names an agent the caller cannot see',
  MOUNT_CYCLE: 'a mount would make agents mount each other in a cycle',
  MOUNT_OWN_FOLDER: 'an agent mounting its own folder',
  WEBHOOK_HOST_LIMIT: 'the workspace already has the most webhooks allowed on that host',
  CONCURRENCY_LIMIT: "the workspace already runs its tier's maximum of concurrent executions",
  RATE_LIMIT_EXCEEDED: "the tier's per-minute rate or per-day quota is spent (`Retry-After` set)",
  INTERNAL: 'never with internal detail; quote the request id',
  EXECUTION_FAILED: 'the model provider or a tool failed in a synchronous execution',
  SERVICE_UNAVAILABLE: 'a dependency is not answering (`Retry-After` set)',
} as const satisfies Record<string, string>;

export type ErrorCode = keyof typeof ERROR_CODES;

export interface ErrorDetail {
  field?: string;
  issue: string;
  [extra: string]: unknown;
}

/** A tier's request figures at the moment of a refusal: `resetAt` in seconds since the epoch. */
export interface RateLimitFigures {
  limit: number;
  remaining: number;
  resetAt: number;
}

export interface ErrorData {
  retryAfterSeconds?: number;
  /** The methods a path accepts, for a method it does not. */
  allowed?: string[];
  rateLimit?: RateLimitFigures;
}

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: ErrorDetail[],
    readonly data: ErrorData = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The kinds below name a family of codes; the code alone decides the answer. */

export class InvalidInput extends DomainError {
  constructor(message: string, details?: ErrorDetail[]) {
    super('INVALID_INPUT', message, details);
  }
}

export class ImmutableField extends DomainError {
  constructor(fields: string[]) {
    super(
      'IMMUTABLE_FIELD',
      `${fields.join(', ')} cannot be changed after creation; remove ${fields.length > 1 ? 'them' : 'it'} from the request`,
      fields.map((field) => ({ field, issue: 'immutable' })),
    );
  }
}

export class Unauthorized extends DomainError {
  constructor(message = 'a valid bearer token or API key is required') {
    super('UNAUTHORIZED', message);
  }
}

export class Forbidden extends DomainError {
  constructor(message: string, code: ErrorCode = 'FORBIDDEN', details?: ErrorDetail[]) {
    super(code, message, details);
  }
}

/** `agent` for AGENT_NOT_FOUND: the resources with a code of their own. */
type NotFoundResource = { [C in ErrorCode]: C extends `${infer R}_NOT_FOUND` ? Lowercase<R> : never }[ErrorCode];

export class NotFound extends DomainError {
  /** `resource` names the code: `agent` → `AGENT_NOT_FOUND`; omitted → `NOT_FOUND`. */
  constructor(message: string, resource?: NotFoundResource) {
    super(resource ? (`${resource.toUpperCase()}_NOT_FOUND` as ErrorCode) : 'NOT_FOUND', message);
  }
}

export class MethodNotAllowed extends DomainError {
  constructor(allowed: string[]) {
    super('METHOD_NOT_ALLOWED', `this path accepts ${allowed.join(', ')}`, undefined, { allowed });
  }
}

export class Conflict extends DomainError {
  constructor(code: ErrorCode, message: string, details?: ErrorDetail[]) {
    super(code, message, details);
  }
}

export class VersionConflict extends DomainError {
  constructor(current: number) {
    super('VERSION_CONFLICT', `If-Match does not match the current version ${current}; fetch the resource again and retry`, [
      { field: 'If-Match', issue: 'stale', current_version: current },
    ]);
  }
}

export class PayloadTooLarge extends DomainError {
  /** `what` and `field` name a part of the body with a limit of its own (a decoded upload). */
  constructor(limitBytes: number, part: { what: string; field: string } = { what: 'the request body', field: 'body' }) {
    super('PAYLOAD_TOO_LARGE', `${part.what} exceeds this endpoint's limit of ${limitBytes} bytes`, [
      { field: part.field, issue: 'too_large', limit_bytes: limitBytes },
    ]);
  }
}

export class UnsupportedMediaType extends DomainError {
  constructor() {
    super('UNSUPPORTED_MEDIA_TYPE', 'send the body as JSON with Content-Type: application/json');
  }
}

export class Unprocessable extends DomainError {
  constructor(code: ErrorCode, message: string, details?: ErrorDetail[]) {
    super(code, message, details);
  }
}

export class TooManyRequests extends DomainError {
  constructor(code: ErrorCode, message: string, retryAfterSeconds: number, rateLimit?: RateLimitFigures) {
    super(code, message, undefined, { retryAfterSeconds, ...(rateLimit ? { rateLimit } : {}) });
  }
}

export class Internal extends DomainError {
  constructor() {
    super('INTERNAL', 'something went wrong on our side; retry later or contact support with the request id');
  }
}

export class ExecutionFailed extends DomainError {
  constructor(message: string, details?: ErrorDetail[]) {
    super('EXECUTION_FAILED', message, details);
  }
}

export class ServiceUnavailable extends DomainError {
  constructor(message: string, retryAfterSeconds: number, details?: ErrorDetail[]) {
    super('SERVICE_UNAVAILABLE', message, details, { retryAfterSeconds });
  }
}
