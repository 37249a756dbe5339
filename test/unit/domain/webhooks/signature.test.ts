import { Webhook } from 'standardwebhooks';
import { deliveryIdFor } from '../../../../lambdas/domain/webhooks/delivery-id';
import { signedHeaders } from '../../../../lambdas/domain/webhooks/signature';

const secretA = `whsec_${Buffer.alloc(32, 1).toString('base64')}`;
const secretB = `whsec_${Buffer.alloc(32, 2).toString('base64')}`;
const body = JSON.stringify({ id: 'evt_1', event: 'webhook.test', data: { message: 'héllo' } });

describe('Standard Webhooks signing', () => {
  it('produces headers the reference library verifies', () => {
    const headers = signedHeaders([secretA], 'evt_1', new Date(), body);
    expect(new Webhook(secretA).verify(body, { ...headers })).toEqual(JSON.parse(body));
    expect(headers['webhook-id']).toBe('evt_1');
  });

  it('signs with every live secret, so either verifies', () => {
    const headers = signedHeaders([secretA, secretB], 'evt_1', new Date(), body);
    expect(headers['webhook-signature'].split(' ')).toHaveLength(2);
    for (const secret of [secretA, secretB]) expect(() => new Webhook(secret).verify(body, { ...headers })).not.toThrow();
  });

  it('is refused by the reference library for another secret or a changed body', () => {
    const headers = signedHeaders([secretA], 'evt_1', new Date(), body);
    expect(() => new Webhook(secretB).verify(body, { ...headers })).toThrow();
    expect(() => new Webhook(secretA).verify(`${body} `, { ...headers })).toThrow();
  });
});

describe('delivery ids', () => {
  const at = new Date('2026-03-01T12:00:00.000Z');

  it('are the same for the same event and endpoint, and differ per endpoint', () => {
    expect(deliveryIdFor('evt_1', 'whk_1', at)).toBe(deliveryIdFor('evt_1', 'whk_1', at));
    expect(deliveryIdFor('evt_1', 'whk_2', at)).not.toBe(deliveryIdFor('evt_1', 'whk_1', at));
  });

  it('are ULIDs that sort by the event’s time', () => {
    const earlier = deliveryIdFor('evt_9', 'whk_1', at);
    const later = deliveryIdFor('evt_1', 'whk_1', new Date(at.getTime() + 1));
    expect(earlier).toMatch(/^dlv_[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(earlier < later).toBe(true);
  });
});
