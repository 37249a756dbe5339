import { assertTimezone, firingsBetween, parseScheduleExpression } from '../../../../lambdas/domain/executions/schedule-expression';

const at = (iso: string) => new Date(iso);

describe('schedule expressions', () => {
  it.each([
    ['rate(1 minute)', 60],
    ['rate(5 minutes)', 300],
    ['rate(2 hours)', 7200],
    ['rate(1 day)', 86_400],
  ])('read %s as every %i seconds', (expression, seconds) => {
    expect(parseScheduleExpression(expression)).toEqual({ kind: 'rate', seconds });
  });

  it.each([
    'rate(1 minutes)',
    'rate(5 minute)',
    'rate(0 minutes)',
    'rate(5 seconds)',
    'every 5 minutes',
    'cron(0 12 * * *)',
    'cron(0 12 * * * *)',
    'cron(0 12 ? * ? *)',
    'cron(99 12 * * ? *)',
  ])('refuse %s with 400', (expression) => {
    expect(() => parseScheduleExpression(expression)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });

  it('fire a rate counted from the schedule creation', () => {
    const expression = parseScheduleExpression('rate(1 minute)');
    expect(firingsBetween(expression, 'UTC', at('2026-01-01T10:00:00Z'), at('2026-01-01T10:00:30Z'), at('2026-01-01T10:03:00Z'))).toEqual([
      at('2026-01-01T10:01:00Z'),
      at('2026-01-01T10:02:00Z'),
      at('2026-01-01T10:03:00Z'),
    ]);
  });

  it('fire a cron in its time zone, with AWS weekday numbers (1 = Sunday)', () => {
    const noonOnSundays = parseScheduleExpression('cron(0 12 ? * 1 *)');
    const week = firingsBetween(
      noonOnSundays,
      'Europe/Paris',
      at('2026-01-01T00:00:00Z'),
      at('2026-01-01T00:00:00Z'),
      at('2026-01-12T00:00:00Z'),
    );
    expect(week).toEqual([at('2026-01-04T11:00:00Z'), at('2026-01-11T11:00:00Z')]);
  });

  it('fire a cron on the days of the month it names', () => {
    const firstOfMonth = parseScheduleExpression('cron(30 6 1 * ? *)');
    expect(firingsBetween(firstOfMonth, 'UTC', at('2026-01-01T00:00:00Z'), at('2026-01-01T00:00:00Z'), at('2026-03-01T23:00:00Z'))).toEqual(
      [at('2026-01-01T06:30:00Z'), at('2026-02-01T06:30:00Z'), at('2026-03-01T06:30:00Z')],
    );
  });

  it('know IANA time zones and refuse others', () => {
    expect(() => assertTimezone('Europe/Paris')).not.toThrow();
    expect(() => assertTimezone('Mars/Olympus')).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});
