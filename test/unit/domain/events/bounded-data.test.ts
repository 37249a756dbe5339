import { boundedData, MAX_EVENT_DATA_BYTES } from '../../../../lambdas/domain/events/bounded-data';

const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value), 'utf8');

describe('event data bounds', () => {
  it('leaves data under the bound exactly as it is', () => {
    const data = { agent_id: 'agent_1', execution_id: 'exec_1', status: 'completed', result: { summary: 'short' } };
    expect(boundedData(data)).toBe(data);
  });

  it('cuts a 4 MiB model answer to fit, keeps the ids and status, and says it was truncated', () => {
    const data = { agent_id: 'agent_1', execution_id: 'exec_1', status: 'completed', result: { summary: 'x'.repeat(4 * 1024 * 1024) } };
    const bounded = boundedData(data);
    expect(bytes(bounded)).toBeLessThanOrEqual(MAX_EVENT_DATA_BYTES);
    expect(bounded).toMatchObject({ agent_id: 'agent_1', execution_id: 'exec_1', status: 'completed', truncated: true });
    expect(bounded.result.summary.startsWith('xxxx')).toBe(true);
  });

  it('shortens a tool input made of many small values, as a model could send', () => {
    const data = { agent_id: 'agent_1', execution_id: 'exec_1', input: { rows: Array.from({ length: 100_000 }, (_, i) => `row ${i}`) } };
    const bounded = boundedData(data);
    expect(bytes(bounded)).toBeLessThanOrEqual(MAX_EVENT_DATA_BYTES);
    expect(bounded).toMatchObject({ agent_id: 'agent_1', truncated: true });
  });

  it('keeps only the identifiers of a shape nothing else makes fit', () => {
    const wide = Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`k${i}`, i]));
    const bounded = boundedData({ agent_id: 'agent_1', status: 'failed', input: wide });
    expect(bounded).toEqual({ agent_id: 'agent_1', status: 'failed', truncated: true });
  });
});
