import { EPISODE_JSON_BYTES, EPISODE_STEPS, EPISODE_TEXT_CHARS, episodeOf } from '../../../../lambdas/domain/executions/episode';
import type { Execution, ExecutionStep } from '../../../../lambdas/domain/executions/model';
import { fitsInline, INLINE_BYTES, serialize, unstoredSteps } from '../../../../lambdas/domain/executions/storage';

const usage = { input_tokens: 1, output_tokens: 1, cost_usd: 0 };
const toolStep = (index: number, output: string, input: Record<string, unknown> = {}): ExecutionStep => ({
  type: 'tool',
  index,
  at: 't',
  tool_call_id: `c${index}`,
  tool: 'files.read',
  risk: 'read',
  input,
  output,
  duration_ms: 1,
});
const modelStep = (index: number, text: string): ExecutionStep => ({
  type: 'model',
  index,
  at: 't',
  text,
  tool_calls: [],
  reasoning: text,
  confidence: 0.9,
  usage,
  duration_ms: 1,
});

describe('where the parts of an execution are stored', () => {
  it('keeps a body of at most 32 KiB of JSON inline and sends a larger one to the bucket', () => {
    const exactly = 'x'.repeat(INLINE_BYTES - 2); // the JSON string adds its two quotes
    expect(serialize(exactly).size).toBe(INLINE_BYTES);
    expect(fitsInline(serialize(exactly))).toBe(true);
    expect(fitsInline(serialize(`${exactly}x`))).toBe(false);
  });

  it('measures bytes, not characters, so a multi-byte text offloads sooner', () => {
    expect(fitsInline(serialize('é'.repeat(INLINE_BYTES / 2)))).toBe(false);
  });

  it('writes only the steps appended since the stored count, and refuses a run that lost steps', () => {
    const steps = [modelStep(0, 'a'), toolStep(1, 'b'), modelStep(2, 'c')];
    expect(unstoredSteps(steps, 1).map((s) => s.index)).toEqual([1, 2]);
    expect(unstoredSteps(steps, 3)).toEqual([]);
    expect(() => unstoredSteps(steps.slice(0, 1), 2)).toThrow('lost steps');
  });
});

describe('the episode of a run', () => {
  const run = (steps: ExecutionStep[], context: Record<string, unknown> | null): Execution =>
    ({
      id: 'exec_1',
      agent_id: 'agent_1',
      workspace_id: 'ws_1',
      maturity_level: 'student',
      task: 't'.repeat(5000),
      context,
      steps,
      status: 'completed',
      result: { summary: 's'.repeat(5000) },
      confidence: 0.9,
      error: null,
      usage,
      created_at: '2026-01-01T00:00:00.000Z',
      started_at: '2026-01-01T00:00:00.000Z',
      completed_at: '2026-01-01T00:00:01.000Z',
      updated_at: '2026-01-01T00:00:01.000Z',
    }) as Execution;

  it('clips every text and drops a large tool input, keeping the tool sequence learning reads', () => {
    const big = 'x'.repeat(20_000);
    const episode = episodeOf(
      run([modelStep(0, big), toolStep(1, big, { path: 'a', pad: big }), toolStep(2, 'small', { path: 'b' })], null),
    );
    const [model, tool, second] = episode.steps as [
      Extract<ExecutionStep, { type: 'model' }>,
      Extract<ExecutionStep, { type: 'tool' }>,
      Extract<ExecutionStep, { type: 'tool' }>,
    ];
    expect(model.text).toHaveLength(EPISODE_TEXT_CHARS + 1);
    expect(model.reasoning).toHaveLength(EPISODE_TEXT_CHARS + 1);
    expect(tool.output).toHaveLength(EPISODE_TEXT_CHARS + 1);
    expect(tool.input).toEqual({});
    expect(second).toMatchObject({ input: { path: 'b' }, output: 'small', tool: 'files.read' });
    expect(episode.input.task).toHaveLength(EPISODE_TEXT_CHARS + 1);
    expect(episode.outcome.result?.summary).toHaveLength(EPISODE_TEXT_CHARS + 1);
  });

  it('keeps a small context whole, and of a large one only its category', () => {
    expect(episodeOf(run([], { category: 'billing', n: 1 })).input.context).toEqual({ category: 'billing', n: 1 });
    expect(episodeOf(run([], { category: 'billing', blob: 'x'.repeat(EPISODE_JSON_BYTES) })).input.context).toEqual({
      category: 'billing',
    });
    expect(episodeOf(run([], { blob: 'x'.repeat(EPISODE_JSON_BYTES) })).input.context).toEqual({});
  });

  it(`stays one bounded item however long the run: at most ${EPISODE_STEPS} steps`, () => {
    const big = 'x'.repeat(20_000);
    const steps = Array.from({ length: 300 }, (_, i) => (i % 2 ? toolStep(i, big, { pad: big }) : modelStep(i, big)));
    const episode = episodeOf(run(steps, { blob: 'c'.repeat(5 * 1024 * 1024) }));
    expect(episode.steps).toHaveLength(EPISODE_STEPS);
    expect(Buffer.byteLength(JSON.stringify(episode))).toBeLessThan(200 * 1024);
  });
});
