import type { Delivery } from '../../../../lambdas/domain/webhooks/model';
import { LOST_AFTER_MS, redeliverable } from '../../../../lambdas/domain/webhooks/redelivery';

const now = new Date('2026-12-07T12:00:00Z');
const ago = (ms: number) => new Date(now.getTime() - ms).toISOString();
const aDelivery = (over: Partial<Delivery>): Delivery => ({
  id: 'dlv_1',
  webhook_id: 'whk_1',
  workspace_id: 'ws_1',
  event_id: 'evt_1',
  event: 'agent.created',
  status: 'delivered',
  attempts: 1,
  last_status_code: 204,
  next_attempt_at: null,
  created_at: ago(60_000),
  updated_at: ago(60_000),
  ...over,
});

describe('which deliveries may be sent again by hand', () => {
  it('settled ones: delivered or failed', () => {
    expect(redeliverable(aDelivery({ status: 'delivered' }), now)).toBe(true);
    expect(redeliverable(aDelivery({ status: 'failed' }), now)).toBe(true);
  });

  it('not one whose next attempt is queued and on time', () => {
    expect(redeliverable(aDelivery({ status: 'retrying', next_attempt_at: ago(-60_000) }), now)).toBe(false);
    expect(redeliverable(aDelivery({ status: 'pending', updated_at: ago(1_000) }), now)).toBe(false);
  });

  it('one whose queued attempt is long overdue, so its message was lost', () => {
    expect(redeliverable(aDelivery({ status: 'retrying', next_attempt_at: ago(LOST_AFTER_MS + 1) }), now)).toBe(true);
    expect(redeliverable(aDelivery({ status: 'pending', updated_at: ago(LOST_AFTER_MS + 1) }), now)).toBe(true);
  });
});
