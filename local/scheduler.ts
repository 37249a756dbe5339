import type { APIGatewayProxyResult } from 'aws-lambda';
import { firingsBetween, parseScheduleExpression, type ScheduleExpression } from '../lambdas/domain/executions/schedule-expression';
import { SCHEDULED_TIME_PLACEHOLDER } from '../lambdas/domain/executions/schedule';
import type { IncomingRequest } from './gateway-event';

/**
 * EventBridge Scheduler, in-process: the handlers' SDK creates and deletes schedules through its
 * REST API (`AWS_ENDPOINT_URL_SCHEDULER` → `/__aws/scheduler`), and a tick fires what is due — a
 * rate counted from the schedule's creation, a cron in its time zone — by invoking the target
 * function in-process with the firing's time filled in. The clock and the tick are injectable;
 * `POST /local/scheduler/tick {"now": "<ISO time>"}` runs one tick at that time, so a test need not
 * wait a minute for `rate(1 minute)`.
 */

export const SCHEDULER_PATH = '/__aws/scheduler';
export const SCHEDULER_TICK_PATH = '/local/scheduler/tick';

interface LocalSchedule {
  name: string;
  group: string;
  expression: string;
  parsed: ScheduleExpression;
  timezone: string;
  enabled: boolean;
  target: { Arn: string; RoleArn?: string; Input?: string };
  createdAt: Date;
  /** Firings up to here are done: a tick fires what is due after it. */
  checkedUntil: Date;
}

export interface Firing {
  schedule: string;
  fire_time: string;
}

export interface LocalSchedulerOptions {
  /** Runs the target function with the firing's input (as Scheduler invokes Lambda asynchronously). */
  invoke: (functionArn: string, event: unknown) => Promise<unknown>;
  clock?: () => Date;
  tickMs?: number;
  log?: (line: string) => void;
}

/** Scheduler's time format for `<aws.scheduler.scheduled-time>`: seconds, no fraction. */
const schedulerTime = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

const answer = (statusCode: number, body: unknown, errorType?: string): APIGatewayProxyResult => ({
  statusCode,
  headers: { 'Content-Type': 'application/json', ...(errorType ? { 'x-amzn-ErrorType': errorType } : {}) },
  body: JSON.stringify(body),
});

export class LocalScheduler {
  private readonly schedules = new Map<string, LocalSchedule>();
  private readonly clock: () => Date;
  private timer: NodeJS.Timeout | undefined;
  private ticking: Promise<Firing[]> = Promise.resolve([]);

  constructor(private readonly options: LocalSchedulerOptions) {
    this.clock = options.clock ?? (() => new Date());
  }

  start(): void {
    this.timer ??= setInterval(
      () => void this.tick().catch((error: unknown) => this.options.log?.(`scheduler tick failed: ${String(error)}`)),
      this.options.tickMs ?? 1000,
    );
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /** Fires everything due up to `now`, one tick at a time (a manual tick waits for the running one). */
  tick(now: Date = this.clock()): Promise<Firing[]> {
    this.ticking = this.ticking.catch(() => []).then(() => this.fireDue(now));
    return this.ticking;
  }

  private async fireDue(now: Date): Promise<Firing[]> {
    const fired: Firing[] = [];
    for (const schedule of this.schedules.values()) {
      if (!schedule.enabled || now <= schedule.checkedUntil) continue;
      const due = firingsBetween(schedule.parsed, schedule.timezone, schedule.createdAt, schedule.checkedUntil, now);
      schedule.checkedUntil = now;
      for (const at of due) {
        const input = (schedule.target.Input ?? '{}').replaceAll(SCHEDULED_TIME_PLACEHOLDER, schedulerTime(at));
        fired.push({ schedule: schedule.name, fire_time: schedulerTime(at) });
        try {
          await this.options.invoke(schedule.target.Arn, JSON.parse(input));
        } catch (error) {
          this.options.log?.(`schedule ${schedule.name} firing at ${schedulerTime(at)} failed: ${(error as Error).message}`);
        }
      }
    }
    return fired;
  }

  /** The Scheduler REST API subset the handlers use, and the test tick; null for any other path. */
  async handle(request: IncomingRequest): Promise<APIGatewayProxyResult | null> {
    if (request.method === 'POST' && request.path === SCHEDULER_TICK_PATH) {
      const body = JSON.parse(request.body.toString('utf8') || '{}') as { now?: string };
      return answer(200, { fired: await this.tick(body.now ? new Date(body.now) : this.clock()) });
    }
    const match = new RegExp(`^${SCHEDULER_PATH}/schedules/([^/]+)$`).exec(request.path);
    if (!match) return null;
    const name = decodeURIComponent(String(match[1]));
    const body = request.body.length > 0 ? (JSON.parse(request.body.toString('utf8')) as Record<string, unknown>) : {};
    const group = String(body.GroupName ?? request.query.get('groupName') ?? 'default');
    const key = `${group}/${name}`;
    const existing = this.schedules.get(key);
    const arn = `arn:aws:scheduler:local:000000000000:schedule/${key}`;
    if (request.method === 'GET' || request.method === 'DELETE') {
      if (!existing) return answer(404, { Message: `Schedule ${name} does not exist.` }, 'ResourceNotFoundException');
      if (request.method === 'DELETE') this.schedules.delete(key);
      return answer(
        200,
        request.method === 'GET'
          ? {
              Name: name,
              GroupName: group,
              Arn: arn,
              ScheduleExpression: existing.expression,
              State: existing.enabled ? 'ENABLED' : 'DISABLED',
              Target: existing.target,
            }
          : {},
      );
    }
    if (request.method === 'POST' && existing) return answer(409, { Message: `Schedule ${name} already exists.` }, 'ConflictException');
    if (request.method === 'PUT' && !existing)
      return answer(404, { Message: `Schedule ${name} does not exist.` }, 'ResourceNotFoundException');
    let parsed: ScheduleExpression;
    try {
      parsed = parseScheduleExpression(String(body.ScheduleExpression ?? ''));
    } catch (error) {
      return answer(400, { Message: (error as Error).message }, 'ValidationException');
    }
    const now = this.clock();
    this.schedules.set(key, {
      name,
      group,
      expression: String(body.ScheduleExpression),
      parsed,
      timezone: String(body.ScheduleExpressionTimezone ?? 'UTC'),
      enabled: body.State !== 'DISABLED',
      target: body.Target as LocalSchedule['target'],
      createdAt: existing?.createdAt ?? now,
      checkedUntil: existing?.checkedUntil ?? now,
    });
    return answer(200, { ScheduleArn: arn });
  }
}
