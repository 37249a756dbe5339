import type { EventPattern } from 'aws-cdk-lib/aws-events';
import type { Access } from '../../lambdas/http/route';
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
}

export const eventFunctions: readonly EventFunctionDefinition[] = [
  {
    handler: 'usage-keys',
    summary: "Keeps each workspace's API Gateway usage key on its tier's usage plan",
    events: USAGE_KEY_EVENTS,
    access: { table: 'write', usagePlanKeys: 'manage' },
  },
];

/** `usage-keys` → `events-usage-keys`: the bundle directory and construct id, apart from every route's. */
export const eventFunctionId = (f: Pick<EventFunctionDefinition, 'handler'>): string => `events-${f.handler.replace(/\//g, '-')}`;

export const eventFunctionSource = (f: Pick<EventFunctionDefinition, 'handler'>): string => `lambdas/events/${f.handler}.ts`;

export const eventPatternOf = (f: Pick<EventFunctionDefinition, 'events'>): EventPattern => ({
  source: [EVENT_SOURCE],
  detailType: [...f.events],
});
