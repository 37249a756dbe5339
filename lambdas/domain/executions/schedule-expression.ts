import { Cron } from 'croner';
import { InvalidInput } from '../errors';

/**
 * EventBridge Scheduler's expressions (`rate(5 minutes)`, `cron(0 12 * * ? *)`), checked before a
 * schedule is stored, and the firing times the local scheduler derives from them. AWS cron has
 * six fields — minutes hours day-of-month month day-of-week year — with 1 = Sunday and `?` for
 * "no specific value"; croner reads the same with a seconds field in front, Quartz weekdays, and
 * `*` for `?` (croner's own `?` means something else).
 */

export type ScheduleExpression = { kind: 'rate'; seconds: number } | { kind: 'cron'; pattern: string };

const UNIT_SECONDS: Record<string, number> = { minute: 60, hour: 3600, day: 86_400 };
const MAX_FIRINGS_PER_TICK = 100;

const invalid = (expression: string, why: string) =>
  new InvalidInput(`${expression} is not a valid schedule expression: ${why}`, [{ field: 'expression', issue: why }]);

const parseRate = (expression: string, body: string): ScheduleExpression => {
  const match = /^(\d{1,6})\s+(minute|minutes|hour|hours|day|days)$/.exec(body.trim());
  if (!match) throw invalid(expression, 'write rate(<n> minute|minutes|hour|hours|day|days)');
  const value = Number(match[1]);
  const unit = String(match[2]);
  if (value < 1) throw invalid(expression, 'the rate must be at least 1');
  // AWS's own rule: singular with 1, plural otherwise.
  if ((value === 1) !== !unit.endsWith('s'))
    throw invalid(expression, value === 1 ? `write 1 ${unit.replace(/s$/, '')}` : `write ${value} ${unit}s`);
  return { kind: 'rate', seconds: value * (UNIT_SECONDS[unit.replace(/s$/, '')] ?? 0) };
};

const cronOf = (pattern: string, timezone?: string) =>
  new Cron(pattern, { timezone, mode: '7-part', alternativeWeekdays: true, paused: true });

const parseCron = (expression: string, body: string): ScheduleExpression => {
  const fields = body.trim().split(/\s+/);
  if (fields.length !== 6) throw invalid(expression, 'cron takes six fields: minutes hours day-of-month month day-of-week year');
  const [, , dayOfMonth, , dayOfWeek] = fields;
  if ((dayOfMonth === '?') === (dayOfWeek === '?')) throw invalid(expression, 'exactly one of day-of-month and day-of-week must be ?');
  const pattern = ['0', ...fields.map((f) => (f === '?' ? '*' : f))].join(' ');
  try {
    cronOf(pattern).stop();
  } catch (error) {
    throw invalid(expression, (error as Error).message);
  }
  return { kind: 'cron', pattern };
};

export const parseScheduleExpression = (expression: string): ScheduleExpression => {
  const match = /^(rate|cron)\((.*)\)$/.exec(expression.trim());
  if (!match) throw invalid(expression, 'write rate(...) or cron(...)');
  return match[1] === 'rate' ? parseRate(expression, String(match[2])) : parseCron(expression, String(match[2]));
};

export const assertTimezone = (timezone: string): void => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: timezone });
  } catch {
    throw new InvalidInput(`${timezone} is not a time zone; use an IANA name such as Europe/Paris or UTC`, [
      { field: 'timezone', issue: 'unknown time zone' },
    ]);
  }
};

/**
 * When a schedule fires in `(after, until]`: a rate every `seconds` counted from `anchor` (its
 * creation), a cron at each match in its time zone.
 */
export const firingsBetween = (expression: ScheduleExpression, timezone: string, anchor: Date, after: Date, until: Date): Date[] => {
  const times: Date[] = [];
  if (expression.kind === 'rate') {
    const step = expression.seconds * 1000;
    let k = Math.max(1, Math.floor((after.getTime() - anchor.getTime()) / step) + 1);
    for (
      let at = anchor.getTime() + k * step;
      at <= until.getTime() && times.length < MAX_FIRINGS_PER_TICK;
      k += 1, at = anchor.getTime() + k * step
    ) {
      if (at > after.getTime()) times.push(new Date(at));
    }
    return times;
  }
  const cron = cronOf(expression.pattern, timezone);
  for (let next = cron.nextRun(after); next && next <= until && times.length < MAX_FIRINGS_PER_TICK; next = cron.nextRun(next))
    times.push(next);
  cron.stop();
  return times;
};
