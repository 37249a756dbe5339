import { resultOf } from '../../../../lambdas/domain/executions/result';

describe('the result of a completed run', () => {
  it('is the answer as summary when the answer is text', () => {
    expect(resultOf('Q4 sales increased by 15%.')).toEqual({ summary: 'Q4 sales increased by 15%.' });
  });

  it('keeps a JSON object answer whole as details, with its summary field as the summary', () => {
    const answer = '{"summary":"Q4 sales increased by 15% compared to Q3","total_sales":1500000,"top_products":["SKU-123","SKU-456"]}';
    expect(resultOf(answer)).toEqual({
      summary: 'Q4 sales increased by 15% compared to Q3',
      details: { summary: 'Q4 sales increased by 15% compared to Q3', total_sales: 1500000, top_products: ['SKU-123', 'SKU-456'] },
    });
  });

  it('summarizes a JSON object without a string summary by its text', () => {
    expect(resultOf(' {"growth_rate":0.15} ')).toEqual({ summary: ' {"growth_rate":0.15} ', details: { growth_rate: 0.15 } });
    expect(resultOf('{"summary":3}')).toEqual({ summary: '{"summary":3}', details: { summary: 3 } });
  });

  it('treats arrays, scalars and broken JSON as text', () => {
    for (const answer of ['[1,2]', '42', 'null', '{"unterminated": ']) expect(resultOf(answer)).toEqual({ summary: answer });
  });
});
