import { passMarkFor } from '../../../../lambdas/domain/graduation/pass-mark';

describe('the pass mark of a graduation', () => {
  it('rises with the target level when no exam set sets one', () => {
    expect([passMarkFor('intern', null), passMarkFor('supervised', null), passMarkFor('autonomous', null)]).toEqual([0.6, 0.7, 0.8]);
  });

  it("is the exam set's own pass mark when it sets one, even zero", () => {
    expect(passMarkFor('autonomous', { pass_mark: 0.95 })).toBe(0.95);
    expect(passMarkFor('intern', { pass_mark: 0 })).toBe(0);
  });

  it("falls back to the level's when the exam set leaves it unset", () => {
    expect(passMarkFor('supervised', {})).toBe(0.7);
    expect(passMarkFor('supervised', { pass_mark: null })).toBe(0.7);
  });
});
