import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { usageKey } from './keys';
import { ddb, tableName } from './table';

/**
 * Per-workspace request counters: one item per UTC day holding the day's total and a counter named
 * by the minute (`m1029`), so counting a request is a single atomic `ADD`. The same write removes the
 * counters of the half hour before the previous minute (kept for requests stamped a moment late), so
 * the item stays a few hundred bytes (one write unit) all day: a counter kept for every minute would
 * grow it to about 10 KB by evening, and every count would then cost ten. A counter outlives that
 * window only when no request comes in the half hour after the minute that follows it: at most two
 * per such gap, 90 in a day, under 1 KB in all. Items expire after three days.
 */

export interface RequestCounts {
  day: number;
  minute: number;
}

const dayOf = (now: Date) => now.toISOString().slice(0, 10);
const minuteOfDay = (now: Date) => now.getUTCHours() * 60 + now.getUTCMinutes();
const counterName = (minute: number) => `m${String(Math.floor(minute / 60)).padStart(2, '0')}${String(minute % 60).padStart(2, '0')}`;
const REMOVED_MINUTES = 30;
const RETENTION_SECONDS = 3 * 24 * 60 * 60;

/** The counters of the half hour before the previous minute, within the same day. */
const earlierCounters = (minute: number): string[] =>
  Array.from({ length: Math.max(0, Math.min(REMOVED_MINUTES, minute - 1)) }, (_, i) => counterName(minute - 2 - i));

export const countRequest = async (workspaceId: string, now: Date): Promise<RequestCounts> => {
  const minute = minuteOfDay(now);
  const current = counterName(minute);
  const earlier = earlierCounters(minute);
  const removed = earlier.length > 0 ? ` REMOVE ${earlier.join(', ')}` : '';
  const result = await ddb.send(
    new UpdateCommand({
      TableName: tableName,
      Key: usageKey(workspaceId, dayOf(now)),
      UpdateExpression: `ADD requests :one, ${current} :one SET expires_at = if_not_exists(expires_at, :expires)${removed}`,
      ExpressionAttributeValues: { ':one': 1, ':expires': Math.floor(now.getTime() / 1000) + RETENTION_SECONDS },
      ReturnValues: 'UPDATED_NEW',
    }),
  );
  return { day: Number(result.Attributes?.requests ?? 0), minute: Number(result.Attributes?.[current] ?? 0) };
};
