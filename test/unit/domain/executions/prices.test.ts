import { costUsd, priceOf } from '../../../../lambdas/domain/executions/prices';

describe('model prices', () => {
  it('find a model by the family its id contains, whatever the region prefix or version suffix', () => {
    expect(priceOf('eu.anthropic.claude-3-5-sonnet-20241022-v2:0')?.match).toBe('claude-3-5-sonnet');
    expect(priceOf('gpt-4o-mini-2024-07-18')?.match).toBe('gpt-4o-mini');
    expect(priceOf('gpt-4o-2024-08-06')?.match).toBe('gpt-4o');
  });

  it('price a turn per million tokens, rounded to a millionth of a dollar', () => {
    expect(costUsd('anthropic.claude-3-5-sonnet-20241022-v2:0', { input_tokens: 1_000, output_tokens: 500 })).toBe(0.0105);
    expect(costUsd('local-deterministic', { input_tokens: 1_000_000, output_tokens: 1_000_000 })).toBe(0);
  });

  it('cost nothing for a model not in the table', () => {
    expect(costUsd('some-new-model', { input_tokens: 1000, output_tokens: 1000 })).toBe(0);
  });
});
