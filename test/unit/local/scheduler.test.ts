import type { IncomingRequest } from '../../../local/gateway-event';
import { LocalScheduler } from '../../../local/scheduler';

/** The in-process EventBridge Scheduler: its REST API and firings, on an injected clock. */

const request = (method: string, path: string, body?: unknown): IncomingRequest => ({
  method,
  path,
  query: new URLSearchParams(),
  headers: {},
  body: Buffer.from(body === undefined ? '' : JSON.stringify(body)),
  sourceIp: '127.0.0.1',
});

const setup = (start: string) => {
  let now = new Date(start);
  const invoked: { arn: string; event: unknown }[] = [];
  const scheduler = new LocalScheduler({ clock: () => now, invoke: async (arn, event) => void invoked.push({ arn, event }) });
  const create = (name: string, expression: string, extra: Record<string, unknown> = {}) =>
    scheduler.handle(
      request('POST', `/__aws/scheduler/schedules/${name}`, {
        GroupName: 'g',
        ScheduleExpression: expression,
        FlexibleTimeWindow: { Mode: 'OFF' },
        Target: { Arn: 'arn:fire', RoleArn: 'arn:role', Input: '{"id":"x","at":"<aws.scheduler.scheduled-time>"}' },
        ...extra,
      }),
    );
  return { scheduler, invoked, create, advance: (ms: number) => (now = new Date(now.getTime() + ms)) };
};

describe('the local scheduler', () => {
  it('fires a rate schedule each time its interval passes, with the due time filled in', async () => {
    const { scheduler, invoked, create, advance } = setup('2026-03-01T10:00:00.000Z');
    expect((await create('s1', 'rate(1 minute)'))?.statusCode).toBe(200);
    expect(await scheduler.tick()).toEqual([]);
    advance(150_000);
    expect(await scheduler.tick()).toEqual([
      { schedule: 's1', fire_time: '2026-03-01T10:01:00Z' },
      { schedule: 's1', fire_time: '2026-03-01T10:02:00Z' },
    ]);
    expect(invoked).toEqual([
      { arn: 'arn:fire', event: { id: 'x', at: '2026-03-01T10:01:00Z' } },
      { arn: 'arn:fire', event: { id: 'x', at: '2026-03-01T10:02:00Z' } },
    ]);
    expect(await scheduler.tick()).toEqual([]);
  });

  it('fires a cron schedule at its matches in its time zone', async () => {
    const { scheduler, create, advance } = setup('2026-03-02T07:00:00.000Z');
    await create('daily', 'cron(30 9 * * ? *)', { ScheduleExpressionTimezone: 'Europe/Paris' });
    advance(24 * 3600_000);
    expect((await scheduler.tick()).map((f) => f.fire_time)).toEqual(['2026-03-02T08:30:00Z']);
  });

  it('keeps disabled schedules quiet, and stops firing deleted ones', async () => {
    const { scheduler, create, advance } = setup('2026-03-01T10:00:00.000Z');
    await create('off', 'rate(1 minute)', { State: 'DISABLED' });
    await create('gone', 'rate(1 minute)');
    expect((await scheduler.handle(request('DELETE', '/__aws/scheduler/schedules/gone', undefined)))?.statusCode).toBe(404);
    expect(
      (await scheduler.handle({ ...request('DELETE', '/__aws/scheduler/schedules/gone'), query: new URLSearchParams('groupName=g') }))
        ?.statusCode,
    ).toBe(200);
    advance(300_000);
    expect(await scheduler.tick()).toEqual([]);
  });

  it('answers as Scheduler does: 409 for a name taken, 400 for a bad expression, 404 for an unknown schedule', async () => {
    const { scheduler, create } = setup('2026-03-01T10:00:00.000Z');
    await create('one', 'rate(5 minutes)');
    expect((await create('one', 'rate(5 minutes)'))?.headers).toMatchObject({ 'x-amzn-ErrorType': 'ConflictException' });
    expect((await create('two', 'rate(5 minute)'))?.headers).toMatchObject({ 'x-amzn-ErrorType': 'ValidationException' });
    expect((await scheduler.handle(request('GET', '/__aws/scheduler/schedules/three')))?.statusCode).toBe(404);
    expect(await scheduler.handle(request('GET', '/api/health'))).toBeNull();
  });
});
