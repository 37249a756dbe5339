import * as z from 'zod';
import { AGENT_ROLES, MATURITY_LEVELS } from '../domain/agents/model';
import { EXECUTION_STATUSES } from '../domain/executions/model';
import { TIERS } from '../domain/tiers';

/**
 * The event contract (API.md "Events and webhooks"): every event the platform emits, the schema
 * of its `data` and its version. The outbox writes it, the bus carries it, webhooks deliver it, the
 * OpenAPI document lists it under `webhooks` and CDK publishes it to the schema registry. A change
 * that removes or retypes a field is a new `version`; adding an optional field is not.
 * No side effects, so CDK can import it too.
 */

export const EVENT_SOURCE = 'agent-platform';

const id = z.string();
const agentNames = { agent_id: id, name: z.string(), slug: z.string() };
const agentChange = z.object({
  ...agentNames,
  changed: z.array(z.string()).describe('the fields that changed'),
  previous_slug: z.string().optional().describe('present when the name changed'),
});
const executionRef = { agent_id: id, execution_id: id };
const executionError = z.object({ code: z.string(), message: z.string() });
const usage = z.object({ input_tokens: z.number().int(), output_tokens: z.number().int() }).passthrough();

const event = <T extends z.ZodObject>(summary: string, data: T, options: { internal?: boolean } = {}) => ({
  version: 1 as const,
  summary,
  data,
  internal: options.internal ?? false,
});

export const EVENT_CONTRACT = {
  'agent.created': event('An agent was created.', z.object({ ...agentNames, role: z.enum(AGENT_ROLES), created_by: id })),
  'agent.updated': event('An agent was changed.', agentChange),
  'agent.renamed': event("An agent's name (and so its slug) changed.", agentChange),
  'agent.started': event("An agent's runtime was started.", agentChange),
  'agent.stopped': event("An agent's runtime was stopped.", agentChange),
  'agent.deleted': event('An agent was deleted; its data is being purged.', z.object({ ...agentNames, deleted_by: id })),
  'agent.executed': event(
    'An execution completed (not the exam runs of a graduation, which are not usage).',
    z.object({
      ...executionRef,
      status: z.literal('completed'),
      result: z.object({ summary: z.string() }).passthrough().nullable(),
      confidence: z.number().nullable().optional(),
      usage,
      duration_ms: z.number().nullable(),
    }),
  ),
  'execution.failed': event(
    'An execution failed or timed out.',
    z.object({ ...executionRef, status: z.enum(EXECUTION_STATUSES), error: executionError.nullable() }),
  ),
  'execution.awaiting_approval': event(
    'An execution waits for a person to approve a tool call.',
    z.object({ ...executionRef, status: z.literal('awaiting_approval'), tool: z.string(), risk: z.string(), input: z.unknown() }),
  ),
  'execution.feedback': event(
    "A person rated a finished execution (platform-internal: refreshes the agent's learning summary).",
    z.object({ ...executionRef, rating: z.number().int(), outcome: z.enum(['success', 'failure']) }),
    { internal: true },
  ),
  'agent.graduated': event(
    'An agent passed its graduation exam and was promoted.',
    z.object({
      agent_id: id,
      graduation_id: id.optional(),
      previous_level: z.enum(MATURITY_LEVELS),
      new_level: z.enum(MATURITY_LEVELS),
      readiness_score: z.number(),
    }),
  ),
  'graduation.failed': event(
    'A graduation ended without promotion.',
    z.object({
      agent_id: id,
      graduation_id: id,
      target_level: z.enum(MATURITY_LEVELS),
      reason: z.string(),
      status: z
        .enum(['failed', 'error'])
        .optional()
        .describe('`failed`: the exam was sat and not passed (or eligibility no longer held); `error`: the flow could not finish'),
      score: z.number().nullable().optional().describe('The mean exam task score, once graded'),
      task_scores: z
        .array(z.object({ index: z.number().int(), kind: z.enum(['task', 'governance_probe']), score: z.number().nullable() }))
        .optional(),
      retry_after: z
        .object({ date: z.string(), episodes: z.number().int() })
        .nullable()
        .optional()
        .describe('The earliest date, or the episode count at the level, from which a retry is accepted (whichever comes first)'),
    }),
  ),
  'agent.demoted': event(
    'Governance lowered an agent’s maturity level.',
    z.object({
      agent_id: id,
      previous_level: z.enum(MATURITY_LEVELS),
      new_level: z.enum(MATURITY_LEVELS),
      reason: z.string(),
      violations: z.number().int().optional().describe('Governance violations at the previous level within the window'),
      window: z
        .object({ days: z.number().int(), since: z.string() })
        .optional()
        .describe('The violation window: its length and its start (ISO-8601 UTC)'),
    }),
  ),
  'plugin.assigned': event(
    "An agent's plugins changed.",
    z.object({
      agent_id: id,
      plugin_ids: z.array(id),
      added: z.array(id),
      removed: z.array(id),
      reason: z.string().optional().describe('`plugin_disabled` when the workspace disabled a plugin'),
    }),
  ),
  'file.rejected': event(
    "A file stored in an agent's files without the API (scoped credentials, a presigned URL) " +
      "would have exceeded the workspace's storage quota, so it was removed.",
    z.object({
      agent_id: id,
      path: z.string().describe("the file's path in the agent's files"),
      size: z.number().int().describe('the bytes the file held'),
      reason: z.enum(['storage_quota']),
      used_bytes: z.number().int().describe("the workspace's stored bytes, without the file"),
      limit_bytes: z.number().int().describe("the tier's storage quota"),
    }),
  ),
  'workspace.member_added': event(
    'A member was invited to the workspace.',
    z.object({ email: z.string(), role: z.string(), invited_by: id }),
  ),
  'schedule.disabled': event(
    'A schedule stopped itself at a firing: its creator left or lost access, or the workspace is over budget or quota.',
    z.object({ schedule_id: id, agent_id: id, created_by: id, reason: z.string() }),
  ),
  'webhook.disabled': event(
    'A webhook endpoint was disabled: it answered 410 Gone, or failed every attempt for 5 days.',
    z.object({
      webhook_id: id,
      host: z.string().describe('the endpoint’s host; its path and query are not sent, as they often carry a secret'),
      reason: z.enum(['gone', 'failing']),
    }),
  ),
  'webhook.test': event('Sent by `POST /api/webhooks/{webhook}/test`.', z.object({ webhook_id: id, message: z.string() })),
  'workspace.created': event(
    'A workspace was created (platform-internal: keeps its API Gateway usage key).',
    z.object({ name: z.string(), tier: z.enum(TIERS), created_by: id }),
    { internal: true },
  ),
  'workspace.tier_changed': event(
    "A workspace's tier changed (platform-internal: moves its usage key between plans).",
    z.object({ tier: z.enum(TIERS), previous_tier: z.enum(TIERS), changed_by: id }),
    { internal: true },
  ),
} as const;

export type PlatformEvent = keyof typeof EVENT_CONTRACT;
export type EventData<E extends PlatformEvent> = z.input<(typeof EVENT_CONTRACT)[E]['data']>;

export const PLATFORM_EVENTS = Object.keys(EVENT_CONTRACT) as PlatformEvent[];

/** What webhooks may subscribe to: every event except the platform-internal ones. */
export const PUBLIC_EVENTS = PLATFORM_EVENTS.filter((e) => !EVENT_CONTRACT[e].internal);

/** The bus event's `detail`, and a webhook delivery's body. `id` is unique per event, for consumers' de-duplication. */
export interface EventDetail<E extends PlatformEvent = PlatformEvent> {
  id: string;
  event: E;
  version: number;
  workspace_id: string;
  data: EventData<E>;
  timestamp: string;
}

/** What the usage-key sync listens to. */
export const USAGE_KEY_EVENTS: readonly PlatformEvent[] = ['workspace.created', 'workspace.tier_changed'];
