import { keptBody, RESPONSE_BODY_KEPT } from '../../../../lambdas/domain/webhooks/model';

/** A receiver's answer is shown to the tenant only as its first KiB, however much was stored. */

describe('the kept answer body', () => {
  it('keeps a short answer whole and none as none', () => {
    expect(keptBody('ok')).toBe('ok');
    expect(keptBody(null)).toBeNull();
  });

  it(`cuts a longer answer to its first ${RESPONSE_BODY_KEPT} bytes`, () => {
    expect(keptBody('x'.repeat(2048))).toHaveLength(RESPONSE_BODY_KEPT);
    // 341 three-byte characters fit; the 342nd, cut in two, is dropped.
    expect(keptBody('€'.repeat(1000))).toBe('€'.repeat(341));
  });
});
