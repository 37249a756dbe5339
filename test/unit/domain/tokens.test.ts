import { estimateJsonTokens, estimateTokens } from '../../../lambdas/domain/tokens';

describe('the token estimator', () => {
  it('counts four characters a token, rounded up', () => {
    expect([estimateTokens('abcd'), estimateTokens('abcde'), estimateTokens('')]).toEqual([1, 2, 0]);
  });

  it('counts several texts as one prompt, null and undefined as empty', () => {
    expect(estimateTokens('ab', null, 'cd', undefined, 'e')).toBe(2);
  });

  it('counts structured parts on their JSON', () => {
    expect(estimateJsonTokens({ a: 1 })).toBe(estimateTokens('{"a":1}'));
  });
});
