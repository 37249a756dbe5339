import type { EventPattern } from 'aws-cdk-lib/aws-events';
import type { Access } from '../../lambdas/shared/route';
import { EVENT_SOURCE, type PlatformEvent, USAGE_KEY_EVENTS } from '../../lambdas/shared/event-types';

/**
 * The functions the platform bus triggers, as the route table is for HTTP: CDK bundles each,
 * grants it exactly its `access`, and subscribes it to its events with a rule.
 */

/** A route line's access, plus what only event functions do. */
export interface EventFunctionAccess extends Access {
  /** Create API Gateway keys and move them between the tiers' usage plans. */
  usagePlanKeys?: 'manage';
}

export interface EventFunctionDefinition {
  /** Module under `lambdas/events`, without extension: `usage-keys`. */
  handler: string;
  summary: string;
  /** The `detail-type`s it handles; only events from the platform's own source match. */
  events: readonly PlatformEvent[];
  access: EventFunctionAccess;
  /** Whether the local runtime's in-process bus delivers to it too. */
  runsLocally: boolean;
}

export const eventFunctions: readonly EventFunctionDefinition[] = [
  {
    handler: 'usage-keys',
    summary: "Keeps each workspace's API Gateway usage key on its tier's usage plan",
    events: USAGE_KEY_EVENTS,
    access: { table: 'write', usagePlanKeys: 'manage' },
    // API Gateway's usage plans exist only deployed; locally the gateway emulation enforces the tiers.
    runsLocally: false,
  },
  {
    handler: 'purge-agent',
    summary: "Purges a deleted agent's access entries, logs, statistics and stored objects",
    events: ['agent.deleted'],
    access: { table: 'write', bucket: 'write' },
    runsLocally: true,
  },
  {
    handler: 'learning-summary',
    summary: "Mines an agent's recent episodes into its learning summary (patterns, negative feedback)",
    events: ['agent.executed', 'execution.failed', 'execution.feedback'],
    access: { table: 'write' },
    runsLocally: true,
  },
  {
    handler: 'governance-demotion',
    summary: "Demotes an agent one level when governance violations at its level reach the rule's count within its window",
    events: ['execution.failed'],
    access: { table: 'write' },
    runsLocally: true,
  },
];

/** A function the table's stream triggers: it receives the records the filter selects, in order per shard. */
export interface StreamFunctionDefinition {
  /** Module under `lambdas/events`, without extension. */
  handler: string;
  summary: string;
  access: EventFunctionAccess;
}

/**
 * The outbox relay (`lambdas/events/outbox-relay.ts`): its records are outbox inserts only, and
 * all it may do is put events on the bus. The local runtime runs it on DynamoDB Local's stream.
 */
export const outboxRelay: StreamFunctionDefinition = {
  handler: 'outbox-relay',
  summary: 'Puts the events that transactions wrote to the outbox on the platform bus',
  access: { bus: 'publish' },
};

/**
 * The files bucket's own notifications (S3 → EventBridge, on the account's default bus): every object
 * created or removed under `ws/` reaches the storage reconciler, which charges bytes that arrived
 * without the API (scoped credentials, presigned URLs) and leaves the API's own writes as they are.
 * Locally the S3 stand-in's notifications reach the same handler, in the same shape (local/s3-events.ts).
 */
export const filesReconcile: StreamFunctionDefinition = {
  handler: 'files-reconcile',
  summary: "Charges the storage quota for every object in an agent's files, however it arrived; removes one over the quota",
  access: { table: 'write', bucket: 'write' },
};

export const BUCKET_OBJECT_EVENTS = ['Object Created', 'Object Deleted'] as const;

/** Agents' files live under `ws/<ws>/agents/<agent>/files/`; the handler ignores the rest of `ws/` (avatars). */
export const bucketEventPatternOf = (bucketName: string): EventPattern => ({
  source: ['aws.s3'],
  detailType: [...BUCKET_OBJECT_EVENTS],
  detail: { bucket: { name: [bucketName] }, object: { key: [{ prefix: 'ws/' }] } },
});

/** `usage-keys` → `events-usage-keys`: the bundle directory and construct id, apart from every route's. */
export const eventFunctionId = (f: Pick<EventFunctionDefinition, 'handler'>): string => `events-${f.handler.replace(/\//g, '-')}`;

export const eventFunctionSource = (f: Pick<EventFunctionDefinition, 'handler'>): string => `lambdas/events/${f.handler}.ts`;

/** The same rule as the deployed one, in EventBridge's own field names, for the in-process bus. */
export const localEventPatternOf = (f: Pick<EventFunctionDefinition, 'events'>) => ({
  source: [EVENT_SOURCE],
  'detail-type': [...f.events],
});

export const eventPatternOf = (f: Pick<EventFunctionDefinition, 'events'>): EventPattern => ({
  source: [EVENT_SOURCE],
  detailType: [...f.events],
});
