import {
  BREAKER_THRESHOLD,
  circuitView,
  cooldownMs,
  gate,
  needsClosing,
  opening,
  openUntil,
  PROBE_WINDOW_MS,
} from '../../../../lambdas/domain/webhooks/breaker';
import { webhookChanges } from '../../../../lambdas/domain/webhooks/endpoint';

/** Each endpoint's breaker: K failures in a row open it for a cool-down that doubles, up to an hour; a success closes it. */

const now = new Date('2026-03-01T12:00:00.000Z');
const at = (ms: number) => new Date(now.getTime() + ms).toISOString();

describe('the breaker', () => {
  it(`stays closed under ${BREAKER_THRESHOLD} failures in a row and opens at the ${BREAKER_THRESHOLD}th, for 60 s`, () => {
    expect(opening({ circuit_failures: BREAKER_THRESHOLD - 1 }, now)).toBeNull();
    expect(opening({ circuit_failures: BREAKER_THRESHOLD }, now)).toEqual({ until: at(60_000), opens: 1 });
  });

  it('reads an endpoint stored before breakers existed as closed with no failures', () => {
    expect(opening({}, now)).toBeNull();
    expect(circuitView({}, now)).toEqual({ state: 'closed' });
    expect(needsClosing({})).toBe(false);
  });

  it('does not open again while it is open: one cool-down per opening', () => {
    expect(opening({ circuit_failures: BREAKER_THRESHOLD + 3, circuit_open_until: at(1), circuit_opens: 1 }, now)).toBeNull();
  });

  it('opens again after a failed probe for twice as long, up to an hour', () => {
    expect(opening({ circuit_failures: BREAKER_THRESHOLD + 1, circuit_open_until: at(-1), circuit_opens: 1 }, now)).toEqual({
      until: at(120_000),
      opens: 2,
    });
    expect([0, 1, 2, 3, 4, 5, 6, 7, 60, 5000].map(cooldownMs)).toEqual([
      60_000, 120_000, 240_000, 480_000, 960_000, 1_920_000, 3_600_000, 3_600_000, 3_600_000, 3_600_000,
    ]);
  });

  it('lets attempts through while closed, holds them back while open, and after the cool-down lets one claim the probe', () => {
    expect(gate({ circuit_failures: BREAKER_THRESHOLD - 1, circuit_open_until: null }, now)).toEqual({ kind: 'attempt' });
    expect(gate({ circuit_failures: BREAKER_THRESHOLD, circuit_open_until: at(5_000) }, now)).toEqual({ kind: 'wait', until: at(5_000) });
    expect(gate({ circuit_failures: BREAKER_THRESHOLD, circuit_open_until: at(-1) }, now)).toEqual({
      kind: 'probe',
      ended: at(-1),
      window: at(PROBE_WINDOW_MS),
    });
  });

  it('opens again after a failed probe even though the probe window is still running', () => {
    const probing = { circuit_failures: BREAKER_THRESHOLD + 1, circuit_open_until: at(PROBE_WINDOW_MS), circuit_opens: 2 };
    expect(opening(probing, now)).toBeNull();
    expect(opening(probing, now, true)).toEqual({ until: at(240_000), opens: 3 });
  });

  it('is open until the time it names and closed from that moment', () => {
    const state = { circuit_failures: BREAKER_THRESHOLD, circuit_open_until: at(1_000), circuit_opens: 1 };
    expect(circuitView(state, now)).toEqual({ state: 'open', until: at(1_000) });
    expect(openUntil(state, new Date(now.getTime() + 1_000))).toBeNull();
    expect(circuitView(state, new Date(now.getTime() + 1_000))).toEqual({ state: 'closed' });
  });

  it('needs closing after any failure, and not when clean', () => {
    expect(needsClosing({ circuit_failures: 1, circuit_open_until: null, circuit_opens: 0 })).toBe(true);
    expect(needsClosing({ circuit_failures: 0, circuit_open_until: null, circuit_opens: 0 })).toBe(false);
  });

  it('starts afresh when the endpoint gets a new URL or is re-enabled, not on other changes', () => {
    const closed = { circuit_failures: 0, circuit_open_until: null, circuit_opens: 0 };
    expect(webhookChanges({ url: 'https://hooks.example.com/new' }, now.toISOString())).toMatchObject(closed);
    expect(webhookChanges({ enabled: true }, now.toISOString())).toMatchObject(closed);
    expect(webhookChanges({ description: 'x' }, now.toISOString())).not.toHaveProperty('circuit_failures');
    expect(webhookChanges({ enabled: false }, now.toISOString())).not.toHaveProperty('circuit_failures');
  });
});
