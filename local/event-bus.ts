import { randomUUID } from 'node:crypto';
import { type EventPattern, matchesPattern } from './event-pattern';

/**
 * The in-process EventBridge bus. The outbox relay puts events with the real SDK's PutEvents
 * against the local server (`/__aws/events`), so its code is the deployed code; rules registered
 * here receive the events their patterns select, and the last events are kept for inspection
 * (`GET /local/events`). `refuseFor` makes it fail as EventBridge can, to test what survives that.
 */

export interface BusEvent {
  id: string;
  source: string;
  'detail-type': string;
  time: string;
  resources: string[];
  detail: unknown;
}

interface PutEventsEntry {
  Source?: string;
  DetailType?: string;
  Detail?: string;
  Resources?: string[];
  Time?: string | number;
}

type Target = (event: BusEvent) => Promise<void> | void;

interface PutEventsResult {
  FailedEntryCount: number;
  Entries: ({ EventId: string } | { ErrorCode: string; ErrorMessage: string })[];
}

const RETAINED = 500;

export class LocalEventBus {
  private readonly rules: { pattern: EventPattern; target: Target }[] = [];
  readonly recent: BusEvent[] = [];
  private refusingUntil = 0;

  addRule(pattern: EventPattern, target: Target): void {
    this.rules.push({ pattern, target });
  }

  /** Until `ms` from now, every entry put is refused with `InternalFailure`, as EventBridge answers when it fails. */
  refuseFor(ms: number): void {
    this.refusingUntil = Date.now() + ms;
  }

  /** The PutEvents API (AWS JSON 1.1): answers as EventBridge does; delivery to targets is asynchronous. */
  putEvents(body: { Entries?: PutEventsEntry[] }): PutEventsResult {
    if (Date.now() < this.refusingUntil) {
      const entries = body.Entries ?? [];
      return {
        FailedEntryCount: entries.length,
        Entries: entries.map(() => ({ ErrorCode: 'InternalFailure', ErrorMessage: 'the local bus is in an outage' })),
      };
    }
    const events = (body.Entries ?? []).map(toBusEvent);
    for (const event of events) {
      this.recent.push(event);
      if (this.recent.length > RETAINED) this.recent.shift();
      for (const rule of this.rules) {
        if (matchesPattern(event as unknown as Record<string, unknown>, rule.pattern)) {
          queueMicrotask(() => {
            Promise.resolve(rule.target(event)).catch((error: unknown) => console.error('event rule target failed', error));
          });
        }
      }
    }
    return { FailedEntryCount: 0, Entries: events.map((e) => ({ EventId: e.id })) };
  }
}

const toBusEvent = (entry: PutEventsEntry): BusEvent => ({
  id: randomUUID(),
  source: entry.Source ?? '',
  'detail-type': entry.DetailType ?? '',
  time: entry.Time ? new Date(typeof entry.Time === 'number' ? entry.Time * 1000 : entry.Time).toISOString() : new Date().toISOString(),
  resources: entry.Resources ?? [],
  detail: entry.Detail ? JSON.parse(entry.Detail) : {},
});
