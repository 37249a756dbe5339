/**
 * Every error code the platform answers with, its HTTP status(es) and when (API.md §1 "Error
 * codes"). The error classes (errors.ts) fix each code's status; this table is what the OpenAPI
 * document lists, and a test holds it to the codes the source can throw. A code under two statuses
 * means two situations: a path naming an absent resource (404) or a body referring to one (422).
 */

export interface ErrorCodeEntry {
  statuses: readonly number[];
  when: string;
}

export const ERROR_CODES = {
  INVALID_INPUT: { statuses: [400], when: 'malformed JSON, schema violation, unknown field, bad query parameter or cursor' },
  IMMUTABLE_FIELD: { statuses: [400], when: 'an update names a field that cannot change (role, maturity_level, id, …)' },
  INVALID_BUNDLE: {
    statuses: [400, 422],
    when: 'a credentials bundle that does not open (400); a plugin bundle that fails its checks (422)',
  },
  UNAUTHORIZED: { statuses: [401], when: 'missing, invalid or expired token or API key; an unverified email' },
  FORBIDDEN: { statuses: [403], when: 'the role, scope or share does not allow it; deleting a system agent' },
  AGENT_LIMIT_EXCEEDED: { statuses: [403], when: "the workspace's tier allows no more agents" },
  GOVERNANCE_VIOLATION: { statuses: [403], when: "the agent's maturity level, read-only mode or autonomy does not allow the action" },
  QUOTA_EXCEEDED: {
    statuses: [403],
    when: 'a tier or per-agent quota is spent (file storage, schedules, credentials); details give used and allowed',
  },
  BUDGET_EXCEEDED: { statuses: [403], when: "the workspace's model spend budget for the month is used" },
  NOT_FOUND: { statuses: [404], when: 'absent, deleted or in another workspace; also a path the API does not have' },
  ADAPTATION_NOT_FOUND: { statuses: [404], when: 'no such training adaptation for this agent' },
  AGENT_NOT_FOUND: { statuses: [404], when: 'no such agent in the workspace' },
  API_KEY_NOT_FOUND: { statuses: [404], when: 'no such API key in the workspace' },
  AVATAR_NOT_FOUND: { statuses: [404], when: 'the agent has no avatar' },
  CREDENTIAL_NOT_FOUND: { statuses: [404], when: 'the agent holds no credential of that name' },
  DELIVERY_NOT_FOUND: { statuses: [404], when: 'no such webhook delivery' },
  EXAM_SET_NOT_FOUND: { statuses: [404], when: 'no such exam set' },
  EXECUTION_NOT_FOUND: { statuses: [404], when: 'no such execution of this agent' },
  FILE_NOT_FOUND: { statuses: [404], when: 'no file at that path' },
  GRADUATION_NOT_FOUND: { statuses: [404], when: 'no such graduation of this agent' },
  INTEGRATION_NOT_FOUND: {
    statuses: [404, 422],
    when: 'no such integration (404); a body names one that is absent, foreign or of another kind (422)',
  },
  MEMBER_NOT_FOUND: { statuses: [404], when: 'no such member of the workspace' },
  PERSONA_NOT_FOUND: { statuses: [404, 422], when: 'no such persona (404); an agent names one of no persona of its workspace (422)' },
  PLUGIN_NOT_FOUND: { statuses: [404], when: 'no such plugin, or not enabled in the workspace' },
  SCHEDULE_NOT_FOUND: { statuses: [404], when: 'no such schedule of this agent' },
  UPLOAD_NOT_FOUND: { statuses: [404], when: 'no uploaded bundle under that upload id' },
  WEBHOOK_NOT_FOUND: { statuses: [404], when: 'no such webhook' },
  WORKSPACE_NOT_FOUND: { statuses: [404], when: 'no such workspace, or the caller is not a member' },
  METHOD_NOT_ALLOWED: { statuses: [405], when: 'the path exists but not with this method (`Allow` lists them)' },
  NAME_TAKEN: { statuses: [409], when: 'the name is already used in the workspace (agents, templates) or the marketplace (plugins)' },
  AGENT_BUSY: { statuses: [409], when: 'delete or rename while executions are pending, running or awaiting approval' },
  AGENT_NOT_ACTIVE: { statuses: [409], when: 'executing an agent whose status is not active (details name it)' },
  INVALID_TRANSITION: { statuses: [409], when: 'a status change the state table forbids' },
  GRADUATION_IN_PROGRESS: { statuses: [409], when: 'a graduation of this agent is already running' },
  AGENT_UNHEALTHY: { statuses: [409], when: 'starting an agent whose health check fails, without force (details name the failing checks)' },
  IDEMPOTENCY_IN_PROGRESS: { statuses: [409], when: 'the first request with this Idempotency-Key has not answered yet' },
  SECRET_SHOWN_ONCE: { statuses: [409], when: 'a replayed Idempotency-Key whose first answer carried a secret' },
  ALREADY_MEMBER: { statuses: [409], when: 'the email is already a member of the workspace' },
  ALREADY_GRANTED: { statuses: [409], when: 'the email already has that access to the agent' },
  LAST_OWNER: { statuses: [409], when: 'removing or demoting the last owner of a workspace' },
  INTEGRATION_IN_USE: { statuses: [409], when: 'deleting an integration agents use (details name them)' },
  PERSONA_IN_USE: { statuses: [409], when: 'deleting a persona agents use (details name them)' },
  PLUGIN_IN_USE: { statuses: [409], when: 'disabling a plugin agents have assigned, without force' },
  FOLDER_IN_USE: { statuses: [409], when: 'unpublishing a folder other agents mount (details name them)' },
  VERSION_EXISTS: { statuses: [409], when: 'registering a plugin version that is not above the latest' },
  EXECUTION_ENDED: { statuses: [409], when: 'approving, rejecting or cancelling an execution that has already ended' },
  ALREADY_FIRED: { statuses: [409], when: 'a schedule firing that already started its execution (details name it)' },
  CONCURRENT_MODIFICATION: {
    statuses: [409],
    when: 'what the request changes was changed by another request while it ran (credentials, an upload, plugin assignments or versions, folders, a membership), after retries; send it again',
  },
  VERSION_CONFLICT: { statuses: [412], when: '`If-Match` does not match the current version' },
  PAYLOAD_TOO_LARGE: { statuses: [413], when: "the body (or a decoded upload) exceeds the endpoint's limit" },
  UNSUPPORTED_MEDIA_TYPE: { statuses: [415], when: 'the body is not sent as application/json' },
  PLUGIN_NOT_ENABLED: {
    statuses: [422],
    when: 'a plugin that does not exist or is not enabled in the workspace, or a missing requirement',
  },
  PLUGIN_DEPENDENCY_CYCLE: { statuses: [422], when: 'enabling a plugin whose `requires` form a cycle' },
  PLUGIN_NOT_PUBLISHED: { statuses: [422], when: 'enabling a plugin with no published version' },
  PLUGIN_VERSION_NOT_FOUND: { statuses: [422], when: 'pinning a version the plugin does not have' },
  IDEMPOTENCY_KEY_REUSED: { statuses: [422], when: 'an Idempotency-Key reused with a different body' },
  MODEL_NOT_ALLOWED: { statuses: [422], when: "the tier's model list does not include the model (details list the allowed ids)" },
  NOT_ELIGIBLE: { statuses: [422], when: 'graduation requested before the readiness rules allow it' },
  TEMPLATE_NOT_FOUND: {
    statuses: [404, 422],
    when: "no such template of the workspace (404); creating an agent from a template that is neither built in nor the workspace's (422)",
  },
  NOT_A_MEMBER: { statuses: [422], when: 'granting agent access to an email that is not a member of the workspace' },
  FOLDER_NOT_PUBLISHED: { statuses: [422], when: 'mounting a folder its agent does not publish' },
  MOUNT_AGENT_NOT_FOUND: { statuses: [422], when: 'a mount names an agent the caller cannot see' },
  MOUNT_CYCLE: { statuses: [422], when: 'a mount would make agents mount each other in a cycle' },
  MOUNT_OWN_FOLDER: { statuses: [422], when: 'an agent mounting its own folder' },
  WEBHOOK_HOST_LIMIT: { statuses: [422], when: 'the workspace already has the most webhooks allowed on that host' },
  CONCURRENCY_LIMIT: { statuses: [429], when: "the workspace already runs its tier's maximum of concurrent executions" },
  RATE_LIMIT_EXCEEDED: { statuses: [429], when: "the tier's per-minute rate or per-day quota is spent (`Retry-After` set)" },
  INTERNAL: {
    statuses: [500, 502, 504],
    when: 'never with internal detail (502 and 504 when the gateway could not reach the function); quote the request id',
  },
  EXECUTION_FAILED: { statuses: [502], when: 'the model provider or a tool failed in a synchronous execution' },
  SERVICE_UNAVAILABLE: { statuses: [503], when: 'a dependency is not answering (`Retry-After` set)' },
} as const satisfies Record<string, ErrorCodeEntry>;

export type ErrorCode = keyof typeof ERROR_CODES;
