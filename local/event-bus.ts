import { randomUUID } from 'node:crypto';
import { type EventPattern, matchesPattern } from './event-pattern';

/**
 * The in-process EventBridge bus. Handlers publish with the real SDK's PutEvents against the local
 * server (`/__aws/events`), so their code is the deployed code; rules registered here receive the
 * events their patterns select, and the last events are kept for inspection (`GET /local/events`).
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

const RETAINED = 500;

export class LocalEventBus {
  private readonly rules: { pattern: EventPattern; target: Target }[] = [];
  readonly recent: BusEvent[] = [];

  addRule(pattern: EventPattern, target: Target): void {
    this.rules.push({ pattern, target });
  }

  /** The PutEvents API (AWS JSON 1.1): answers as EventBridge does; delivery to targets is asynchronous. */
  putEvents(body: { Entries?: PutEventsEntry[] }): { FailedEntryCount: number; Entries: { EventId: string }[] } {
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
