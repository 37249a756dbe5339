import type { Episode } from '../../../../lambdas/domain/executions/episode';
import { BUILT_IN_TOOLS, type ToolDefinition } from '../../../../lambdas/domain/executions/tools';
import {
  examRunParameters,
  examTasks,
  firstSignificantLine,
  governanceProbes,
  sampleFromEpisodes,
} from '../../../../lambdas/domain/graduation/exam-choice';

const anEpisode = (n: number, summary: string | null, status: Episode['outcome']['status'] = 'completed'): Episode => ({
  execution_id: `exec_${String(n).padStart(26, '0')}`,
  agent_id: 'agent_1',
  workspace_id: 'ws_1',
  maturity_level: 'student',
  input: { task: `task number ${n}`, context: null },
  steps: [],
  outcome: { status, result: summary === null ? null : { summary }, confidence: 0.9, error: null },
  usage: { input_tokens: 1, output_tokens: 1, cost_usd: 0 },
  duration_ms: 10,
  started_at: null,
  completed_at: '2026-01-01T00:00:00.000Z',
  feedback: null,
});

const analyzeTool: ToolDefinition = {
  name: 'stats.summarize',
  description: 'Summarize numbers',
  input_schema: {},
  risk: 'analyze',
  plugin_id: 'plg_1',
};

describe('choosing an exam', () => {
  it('expects the first line with twelve letters or digits of the answer, skipping short lines and a trailing ellipsis', () => {
    expect(firstSignificantLine('Hi!\n\n  Local answer to: count the rows…\nmore')).toBe('Local answer to: count the rows');
    expect(firstSignificantLine('ok\n- yes')).toBeNull();
  });

  it('samples only successful episodes with a usable answer, one per distinct task', () => {
    const episodes = [
      anEpisode(1, 'The answer to the first task'),
      anEpisode(2, 'The answer to the second task', 'failed'),
      anEpisode(3, 'ok'),
      anEpisode(4, null),
    ];
    const tasks = sampleFromEpisodes(
      [...episodes, { ...anEpisode(5, 'The same task answered again'), input: { task: 'task number 1', context: null } }],
      5,
      'grad_1',
    );
    expect(tasks.map((t) => t.task)).toEqual(['task number 1']);
    expect(tasks[0]?.expect.contains?.[0]).toMatch(/^The (answer to the first task|same task answered again)$/);
  });

  it('draws the same tasks for the same graduation and at most the number asked for', () => {
    const episodes = Array.from({ length: 12 }, (_, n) => anEpisode(n, `A significant answer for task ${n}`));
    const first = sampleFromEpisodes(episodes, 5, 'grad_A');
    expect(first).toHaveLength(5);
    expect(sampleFromEpisodes([...episodes].reverse(), 5, 'grad_A')).toEqual(first);
    expect(sampleFromEpisodes(episodes, 5, 'grad_B')).not.toEqual(first);
  });

  it('probes each tool of the risk the target level adds, expecting that tool to be used', () => {
    const probes = governanceProbes([...BUILT_IN_TOOLS, analyzeTool], 'intern');
    expect(probes).toEqual([expect.objectContaining({ kind: 'governance_probe', expect: { tools: ['stats.summarize'] } })]);
    expect(governanceProbes([...BUILT_IN_TOOLS, analyzeTool], 'supervised').map((p) => p.expect.tools)).toEqual([['files.write']]);
  });

  it('numbers the exam tasks and asks a run expecting tools for exactly those tools', () => {
    const [task, probe] = examTasks([{ task: 'a', expect: { contains: ['x'] } }, ...governanceProbes([analyzeTool], 'intern')]);
    expect(task).toMatchObject({ index: 0, kind: 'task', execution_id: null, outcome: 'pending' });
    expect(probe).toMatchObject({ index: 1, kind: 'governance_probe' });
    expect(examRunParameters(task!)).toEqual({});
    expect(examRunParameters(probe!)).toEqual({ tools: ['stats.summarize'], local: { tools: [{ name: 'stats.summarize', input: {} }] } });
  });
});
