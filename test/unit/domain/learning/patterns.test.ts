import type { Episode } from '../../../../lambdas/domain/executions/episode';
import type { ExecutionStep, Feedback } from '../../../../lambdas/domain/executions/model';
import { minePatterns, negativeComments, taskCategory } from '../../../../lambdas/domain/learning/patterns';
import { summarizeEpisodes } from '../../../../lambdas/domain/learning/summary';

let n = 0;
const toolStep = (tool: string): ExecutionStep => ({
  type: 'tool',
  index: 0,
  at: '2026-12-06T10:00:00Z',
  tool_call_id: 'c',
  tool,
  risk: 'read',
  input: {},
  output: '',
  duration_ms: 1,
});

const anEpisode = (
  task: string,
  over: {
    tools?: string[];
    status?: Episode['outcome']['status'];
    feedback?: Partial<Feedback>;
    context?: Record<string, unknown>;
    confidence?: number;
  } = {},
): Episode => ({
  execution_id: `exec_${(n += 1)}`,
  agent_id: 'agent_1',
  workspace_id: 'ws_1',
  maturity_level: 'student',
  input: { task, context: over.context ?? null },
  steps: (over.tools ?? []).map(toolStep),
  outcome: { status: over.status ?? 'completed', result: null, confidence: over.confidence ?? null, error: null },
  usage: { input_tokens: 1, output_tokens: 1, cost_usd: 0 },
  duration_ms: 1,
  started_at: null,
  completed_at: '2026-12-06T10:00:00Z',
  feedback: over.feedback ? { rating: 3, outcome: 'success', comment: null, given_by: 'u', given_at: 't', ...over.feedback } : null,
});

describe('task categories', () => {
  it('are the first three significant words of the task, without markers, punctuation or stop words', () => {
    expect(taskCategory(anEpisode('Summarize the Q3 sales report, please [[confidence:0.9]]'))).toBe('summarize q3 sales');
  });

  it('are the caller’s context.category when one is given', () => {
    expect(taskCategory(anEpisode('anything', { context: { category: '  Weighted  Average Costing ' } }))).toBe('weighted average costing');
  });
});

describe('the pattern miner', () => {
  it('finds recurring tool sequences and task categories with their success rates, at sample size 3 or more only', () => {
    const episodes = [
      anEpisode('Summarize sales report one', { tools: ['files.read', 'files.write'] }),
      anEpisode('Summarize sales report two', { tools: ['files.read', 'files.write'] }),
      anEpisode('Summarize sales report three', { tools: ['files.read', 'files.write'], status: 'failed' }),
      anEpisode('Translate letter', { tools: ['files.read'] }),
      anEpisode('Translate letter'),
    ];
    expect(minePatterns(episodes)).toEqual([
      {
        kind: 'task_category',
        key: 'summarize sales report',
        pattern: 'Task category: summarize sales report',
        success_rate: 0.6667,
        sample_size: 3,
      },
      {
        kind: 'tool_sequence',
        key: 'files.read → files.write',
        pattern: 'Tool sequence: files.read → files.write',
        success_rate: 0.6667,
        sample_size: 3,
      },
    ]);
  });

  it('lets a person’s rating decide success over the run’s status', () => {
    const episodes = [1, 2, 3].map((i) => anEpisode(`check invoice ${i}`, { feedback: { outcome: i === 1 ? 'success' : 'failure' } }));
    expect(minePatterns(episodes)).toEqual([expect.objectContaining({ key: 'check invoice', success_rate: 0.3333, sample_size: 3 })]);
  });

  it('finds nothing in episodes that do not recur', () => {
    expect(minePatterns([anEpisode('alpha one'), anEpisode('beta two'), anEpisode('gamma three')])).toEqual([]);
  });
});

describe('negative feedback comments', () => {
  it('count the different people who gave each', () => {
    const episodes = [
      anEpisode('a', { feedback: { rating: 1, comment: 'late', given_by: 'user_a' } }),
      anEpisode('b', { feedback: { rating: 1, comment: 'late', given_by: 'user_a' } }),
      anEpisode('c', { feedback: { rating: 1, comment: 'late', given_by: 'user_b' } }),
    ];
    expect(negativeComments(episodes)).toEqual([{ comment: 'late', count: 3, raters: 2 }]);
  });

  it('are grouped by their normalized text, most repeated first, ignoring positive ratings', () => {
    const episodes = [
      anEpisode('a', { feedback: { rating: 1, comment: 'Too verbose.' } }),
      anEpisode('b', { feedback: { rating: 2, comment: 'too   verbose' } }),
      anEpisode('c', { feedback: { rating: 5, outcome: 'failure', comment: 'Wrong currency' } }),
      anEpisode('d', { feedback: { rating: 5, comment: 'too verbose' } }),
    ];
    expect(negativeComments(episodes)).toEqual([
      { comment: 'too verbose', count: 2, raters: 1 },
      { comment: 'wrong currency', count: 1, raters: 1 },
    ]);
  });
});

describe('the learning summary', () => {
  it('holds the patterns, the comments and the recent success rate and confidence', () => {
    const episodes = [
      anEpisode('review ledger', { confidence: 0.8 }),
      anEpisode('review ledger', { confidence: 0.6, status: 'failed' }),
      anEpisode('review ledger'),
    ];
    expect(summarizeEpisodes(episodes, new Date('2026-12-06T12:00:00Z'))).toMatchObject({
      patterns: [expect.objectContaining({ key: 'review ledger', sample_size: 3 })],
      recent: { episodes: 3, success_rate: 0.6667, avg_confidence: 0.7 },
      computed_at: '2026-12-06T12:00:00.000Z',
    });
  });
});
