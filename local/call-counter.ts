import { AsyncLocalStorage } from 'node:async_hooks';
import type { APIGatewayProxyResult } from 'aws-lambda';
import { interceptSdkCalls, type SdkCall } from '../lambdas/shared/sdk-calls';
import type { IncomingRequest } from './gateway-event';
import { currentFunction } from './iam';

/**
 * What each HTTP request costs in AWS calls, counted in bench and test mode (`--count-calls`): every
 * SDK call its authorizer and handler make (refused ones too), by service and command, with DynamoDB's consumed
 * capacity (`ReturnConsumedCapacity: TOTAL` is added to each call in this mode) and EventBridge's
 * entries. Read back by request id at `GET /local/calls/{request_id}`.
 */

export interface CountedCall {
  /** The deployed function that made it: `authorizer`, `agents-show`… */
  function: string;
  service: string;
  command: string;
  /** DynamoDB's capacity units for the call (read and write together); null for other services. */
  capacity: number | null;
  /** EventBridge entries put; null for other services. */
  entries: number | null;
  /**
   * Refused or failed (a condition that did not hold, a cancelled transaction): it still cost a round trip,
   * and capacity that is not reported (`capacity` is null).
   */
  failed: boolean;
  startedMs: number;
  endedMs: number;
}

export interface RequestCalls {
  request_id: string;
  route: string;
  calls: CountedCall[];
}

/** Calls in flight together are one round trip: a call starting after every earlier one ended starts the next. */
export const sequentialRoundTrips = (calls: readonly CountedCall[]): number => {
  let trips = 0;
  let lastEnd = -Infinity;
  for (const call of [...calls].sort((a, b) => a.startedMs - b.startedMs)) {
    if (call.startedMs >= lastEnd) trips += 1;
    lastEnd = Math.max(lastEnd, call.endedMs);
  }
  return trips;
};

export const CALLS_PATH = '/local/calls/';
/** Requests remembered; older ones are forgotten first. */
const KEPT = 2000;
/** The DynamoDB commands that report consumed capacity when asked. */
const CAPACITY_COMMANDS =
  /^(GetItem|PutItem|UpdateItem|DeleteItem|Query|Scan|BatchGetItem|BatchWriteItem|TransactGetItems|TransactWriteItems)Command$/;

type Capacity = { CapacityUnits?: number };
const capacityOf = (output: unknown): number | null => {
  const consumed = (output as { ConsumedCapacity?: Capacity | Capacity[] } | undefined)?.ConsumedCapacity;
  if (consumed === undefined) return null;
  return (Array.isArray(consumed) ? consumed : [consumed]).reduce((sum, c) => sum + (c.CapacityUnits ?? 0), 0);
};

/** `getSignedUrl` answers with the signed request in place of a response. */
const isPresigned = (output: unknown): boolean => typeof output === 'object' && output !== null && 'presigned' in output;

const serviceOf = (call: SdkCall): string => call.clientName.replace(/Client$/, '');

export class CallCounter {
  private readonly requests = new Map<string, RequestCalls>();
  private readonly scope = new AsyncLocalStorage<RequestCalls>();
  private pauses = 0;

  constructor() {
    interceptSdkCalls(async (call, send) => {
      const request = this.scope.getStore();
      if (!request) return send(call.input);
      const counted = call.clientName === 'DynamoDBClient' && CAPACITY_COMMANDS.test(call.commandName);
      const startedMs = performance.now();
      const record = (output: unknown, failed: boolean) =>
        request.calls.push({
          function: currentFunction()?.name ?? 'unknown',
          service: serviceOf(call),
          command: call.commandName.replace(/Command$/, ''),
          capacity: counted && !failed ? capacityOf(output) : null,
          entries: call.clientName === 'EventBridgeClient' ? ((call.input.Entries as unknown[] | undefined)?.length ?? 0) : null,
          failed,
          startedMs,
          endedMs: performance.now(),
        });
      let result: Awaited<ReturnType<typeof send>>;
      try {
        result = await send(counted ? { ...call.input, ReturnConsumedCapacity: 'TOTAL' } : call.input);
      } catch (error) {
        record(undefined, true);
        throw error;
      }
      // Presigning runs the command's middleware but sends nothing: the URL's use is the caller's request, not this one's.
      if (!isPresigned(result.output)) record(result.output, false);
      return result;
    });
  }

  /**
   * Runs one request's work, counting the calls it makes under `requestId`; work under an id already
   * counted adds to it (a state machine run's task invocations, under the run's ARN).
   */
  within<T>(requestId: string, route: string, work: () => Promise<T>): Promise<T> {
    // Outside any request's scope, so nothing it calls lands on a request already counted.
    if (this.pauses > 0) return this.scope.exit(work);
    const request: RequestCalls = this.requests.get(requestId) ?? { request_id: requestId, route, calls: [] };
    this.requests.set(requestId, request);
    for (const oldest of this.requests.keys()) {
      if (this.requests.size <= KEPT) break;
      this.requests.delete(oldest);
    }
    return this.scope.run(request, work);
  }

  /** Requests that start while `work` runs are not counted (nor asked for their consumed capacity). */
  async paused<T>(work: () => Promise<T>): Promise<T> {
    this.pauses += 1;
    try {
      return await work();
    } finally {
      this.pauses -= 1;
    }
  }

  handle(request: IncomingRequest): APIGatewayProxyResult | null {
    if (request.method !== 'GET' || !request.path.startsWith(CALLS_PATH)) return null;
    const found = this.requests.get(decodeURIComponent(request.path.slice(CALLS_PATH.length)));
    return found
      ? { statusCode: 200, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(found) }
      : {
          statusCode: 404,
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ error: 'no calls recorded for this request id' }),
        };
  }
}
