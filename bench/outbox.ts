import type { LocalEventBus } from '../local/event-bus';
import { startPlatform } from '../local/platform';
import { mergeIntoLatestResults } from './latest-results';

/**
 * Events per second through the outbox, locally: transactions each write a batch of outbox items
 * (as changes do), DynamoDB Local's stream carries them, the relay puts them on the in-process bus.
 * Timed from the first commit to the last event's arrival on the bus, with each event's
 * commit-to-bus latency. Run alone with `npx tsx bench/outbox.ts` (it merges its figures into
 * bench/results/latest.json as `outbox`); `npm run bench` runs it with the rest.
 */

const EVENTS = 2_000;
/** Items per transaction: a change with its event is a handful of items; a plugin disable is up to 100. */
const EVENTS_PER_TRANSACTION = 25;
const WRITERS = 8;
const DEADLINE_MS = 120_000;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

export interface OutboxResult {
  method: string;
  events: number;
  events_per_transaction: number;
  writers: number;
  duration_s: number;
  events_per_second: number;
  commit_to_bus_p50_ms: number;
  commit_to_bus_p99_ms: number;
  arrived: number;
  duplicates: number;
}

/** Needs the platform's environment (startPlatform sets it): the data modules are imported only then. */
export const measureOutbox = async (bus: LocalEventBus): Promise<OutboxResult> => {
  const { transact } = await import('../lambdas/data/operations');
  const { outboxPut } = await import('../lambdas/data/outbox');
  const workspaceId = `ws_BENCHOUTBOX${Date.now()}`;
  const arrivals = new Map<string, number[]>();
  bus.addRule({ source: ['agent-platform'], 'detail-type': ['workspace.member_added'] }, (event) => {
    const detail = event.detail as { id: string; workspace_id: string; timestamp: string };
    if (detail.workspace_id !== workspaceId) return;
    arrivals.set(detail.id, [...(arrivals.get(detail.id) ?? []), Date.now() - Date.parse(detail.timestamp)]);
  });

  const started = Date.now();
  let written = 0;
  const writer = async () => {
    while (written < EVENTS) {
      const count = Math.min(EVENTS_PER_TRANSACTION, EVENTS - written);
      written += count;
      const now = new Date();
      await transact(
        Array.from({ length: count }, (_, i) =>
          outboxPut(
            'workspace.member_added',
            workspaceId,
            { email: `bench-${written + i}@bench.example.com`, role: 'member', invited_by: 'bench' },
            now,
          ),
        ),
      );
    }
  };
  await Promise.all(Array.from({ length: WRITERS }, writer));
  while (arrivals.size < EVENTS && Date.now() - started < DEADLINE_MS) await new Promise((resolve) => setTimeout(resolve, 10));
  const seconds = (Date.now() - started) / 1000;
  const latencies = [...arrivals.values()].flat().sort((a, b) => a - b);
  return {
    method:
      `${EVENTS} events written by ${WRITERS} concurrent writers in transactions of ${EVENTS_PER_TRANSACTION}, ` +
      'timed from the first commit to the last arrival on the in-process bus',
    events: EVENTS,
    events_per_transaction: EVENTS_PER_TRANSACTION,
    writers: WRITERS,
    duration_s: round(seconds, 2),
    events_per_second: Math.round(arrivals.size / seconds),
    commit_to_bus_p50_ms: percentile(latencies, 50),
    commit_to_bus_p99_ms: percentile(latencies, 99),
    arrived: arrivals.size,
    duplicates: latencies.length - arrivals.size,
  };
};

const runAlone = async () => {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  const platform = await startPlatform({ port: 0, host: '127.0.0.1', unthrottled: true });
  let outbox: OutboxResult;
  try {
    outbox = await measureOutbox(platform.bus);
  } finally {
    await platform.stop();
  }
  mergeIntoLatestResults('outbox', outbox);
  console.table({
    'events/s through the outbox': {
      value: outbox.events_per_second,
      which: `${outbox.arrived} of ${outbox.events} arrived, ${outbox.duplicates} twice`,
    },
  });
};

if (require.main === module) {
  runAlone().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
