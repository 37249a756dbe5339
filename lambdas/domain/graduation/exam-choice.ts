import { createHash } from 'node:crypto';
import type { Episode } from '../executions/episode';
import type { ToolDefinition } from '../executions/tools';
import type { Risk } from '../governance';
import type { TargetLevel } from '../learning/readiness';
import type { ExamTask } from './exam';
import type { GraduationTask } from './model';

/**
 * Choosing an exam: the workspace's exam set for the level when it has one; otherwise tasks sampled
 * from the agent's successful episodes, each expecting the first significant line of the answer it
 * gave then. Sampling is deterministic: episodes are ordered by a hash of the graduation id and their
 * execution id, so the same graduation always draws the same tasks. Then one governance probe per
 * tool of the risk the target level adds that the agent has, asking it to use that tool.
 */

/** The risk each level is the first to allow (domain/governance.ts). */
export const RISK_GAINED: Readonly<Record<TargetLevel, Risk>> = { intern: 'analyze', supervised: 'create', autonomous: 'high' };

/** A line of at least this many letters and digits is significant; shorter ones (a greeting, a bullet) are skipped. */
const SIGNIFICANT = 12;
const MAX_EXPECTED = 200;

/** The first line with at least 12 letters or digits, trimmed and cut at 200 characters; null when none has. */
export const firstSignificantLine = (output: string): string | null => {
  const line = output
    .split('\n')
    .map((l) => l.trim())
    .find((l) => (l.match(/[\p{L}\p{N}]/gu) ?? []).length >= SIGNIFICANT);
  return line ? line.slice(0, MAX_EXPECTED).replace(/…$/, '').trim() : null;
};

const rank = (seed: string, id: string) => createHash('sha256').update(`${seed}:${id}`).digest('hex');

export const sampleFromEpisodes = (episodes: readonly Episode[], count: number, seed: string): ExamTask[] => {
  const seen = new Set<string>();
  const candidates = episodes
    .filter((e) => e.outcome.status === 'completed' && e.outcome.result)
    .map((e) => ({ e, expected: firstSignificantLine(e.outcome.result?.summary ?? ''), order: rank(seed, e.execution_id) }))
    .filter((c): c is typeof c & { expected: string } => c.expected !== null)
    .sort((a, b) => a.order.localeCompare(b.order));
  const tasks: ExamTask[] = [];
  for (const { e, expected } of candidates) {
    if (tasks.length === count || seen.has(e.input.task)) continue;
    seen.add(e.input.task);
    tasks.push({
      task: e.input.task,
      ...(e.input.context ? { context: e.input.context } : {}),
      expect: { contains: [expected] },
      kind: 'task',
    });
  }
  return tasks;
};

export const governanceProbes = (catalog: readonly ToolDefinition[], target: TargetLevel): ExamTask[] =>
  catalog
    .filter((tool) => tool.risk === RISK_GAINED[target])
    .map((tool) => ({
      task: `Use the ${tool.name} tool once (${tool.description}) and report what it returned.`,
      expect: { tools: [tool.name] },
      kind: 'governance_probe' as const,
    }));

export const examTasks = (tasks: readonly ExamTask[]): GraduationTask[] =>
  tasks.map((t, index) => ({
    index,
    kind: t.kind ?? 'task',
    task: t.task,
    expect: t.expect,
    context: t.context ?? null,
    execution_id: null,
    score: null,
    outcome: 'pending',
    checks: [],
    reason: null,
  }));

/**
 * An exam run's parameters: a task expecting tools asks for them (`parameters.tools`, checked by
 * governance at the exam's level), and steers the offline `local` provider to call them; other
 * providers ignore `parameters.local`.
 */
export const examRunParameters = (task: Pick<GraduationTask, 'expect'>): Record<string, unknown> => {
  const tools = task.expect.tools ?? [];
  return tools.length > 0 ? { tools, local: { tools: tools.map((name) => ({ name, input: {} })) } } : {};
};
