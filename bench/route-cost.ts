import { type CountedCall, sequentialRoundTrips } from '../local/call-counter';
import { PRICES } from './prices';

/**
 * What one request costs deployed, from the AWS calls the local runtime counted for it: API Gateway,
 * each Lambda invocation (its request and its GB-seconds at the configured memory, billed per
 * millisecond of the local handler time — an estimate: deployed time differs), DynamoDB read and
 * write units, S3 requests, EventBridge entries and SQS requests. Step Functions transitions are
 * priced where a flow is measured (executions and graduations), not per route.
 */

const S3_WRITES = /^(Put|Copy|Post|List|CreateMultipartUpload|UploadPart|CompleteMultipartUpload|DeleteObjects)/;
const DYNAMO_WRITES = /^(PutItem|UpdateItem|DeleteItem|BatchWriteItem|TransactWriteItems)$/;

export interface RouteCost {
  dynamodb_calls: Record<string, number>;
  dynamodb_round_trips: number;
  read_units: number;
  write_units: number;
  s3_calls: number;
  other_calls: Record<string, number>;
  lambda_invocations: number;
  usd_per_million: number;
}

const tally = (calls: readonly CountedCall[]) =>
  calls.reduce<Record<string, number>>((counts, c) => ({ ...counts, [c.command]: (counts[c.command] ?? 0) + 1 }), {});

/** Each function's billed time, estimated as the span of its calls plus a millisecond of its own work. */
export const functionTimes = (calls: readonly CountedCall[], handler: string): Record<string, number> => {
  const spans: Record<string, { start: number; end: number }> = {};
  for (const c of calls) {
    const span = spans[c.function] ?? { start: c.startedMs, end: c.endedMs };
    spans[c.function] = { start: Math.min(span.start, c.startedMs), end: Math.max(span.end, c.endedMs) };
  }
  return { [handler]: 1, ...Object.fromEntries(Object.entries(spans).map(([fn, s]) => [fn, s.end - s.start + 1])) };
};

export const routeCost = (calls: readonly CountedCall[], functionMs: Record<string, number>, memoryMb: number): RouteCost => {
  const dynamo = calls.filter((c) => c.service === 'DynamoDB');
  const writeUnits = dynamo.filter((c) => DYNAMO_WRITES.test(c.command)).reduce((sum, c) => sum + (c.capacity ?? 0), 0);
  const readUnits = dynamo.filter((c) => !DYNAMO_WRITES.test(c.command)).reduce((sum, c) => sum + (c.capacity ?? 0), 0);
  const s3 = calls.filter((c) => c.service === 'S3');
  const s3Writes = s3.filter((c) => S3_WRITES.test(c.command)).length;
  const entries = calls.filter((c) => c.service === 'EventBridge').reduce((sum, c) => sum + (c.entries ?? 0), 0);
  const sqs = calls.filter((c) => c.service === 'SQS').length;
  const invocations = Object.keys(functionMs).length;
  const gbSeconds = Object.values(functionMs).reduce((sum, ms) => sum + (Math.ceil(ms) / 1000) * (memoryMb / 1024), 0);
  const perRequest =
    PRICES.apiGatewayRestPerMillion / 1e6 +
    invocations * (PRICES.lambdaRequestsPerMillion / 1e6) +
    gbSeconds * PRICES.lambdaArmPerGbSecond +
    readUnits * (PRICES.dynamoDbPerMillionReadUnits / 1e6) +
    writeUnits * (PRICES.dynamoDbPerMillionWriteUnits / 1e6) +
    s3Writes * (PRICES.s3PerThousandWrites / 1e3) +
    (s3.length - s3Writes) * (PRICES.s3PerThousandReads / 1e3) +
    entries * (PRICES.eventBridgePerMillionEvents / 1e6) +
    sqs * (PRICES.sqsPerMillionRequests / 1e6);
  const others = calls.filter((c) => !['DynamoDB', 'S3'].includes(c.service));
  return {
    dynamodb_calls: tally(dynamo),
    dynamodb_round_trips: sequentialRoundTrips(dynamo.filter((c) => c.function !== 'authorizer')),
    read_units: readUnits,
    write_units: writeUnits,
    s3_calls: s3.length,
    other_calls: Object.fromEntries(
      Object.entries(tally(others)).map(([command, n]) => [`${others.find((c) => c.command === command)?.service}.${command}`, n]),
    ),
    lambda_invocations: invocations,
    usd_per_million: Math.round(perRequest * 1e6 * 100) / 100,
  };
};
