import type { CheckResult, ExamOutcome, ExamTask, TaskGrade } from './exam';

/**
 * Grading an exam task, deterministic checks first: each expected substring (case-insensitive),
 * each JSON path (the output parsed as JSON; `equals` compared structurally, else the path must
 * exist), each required tool (called and succeeded). A rubric is scored 0–1 by a rubric grader
 * (the agent's model provider where configured; `rubricByTerms` otherwise) and counts as one check
 * passed at ≥ 0.5, its score kept in the detail. A run that did not succeed scores 0.
 */

const round = (value: number) => Math.round(value * 10_000) / 10_000;

const parsed = (output: string): unknown => {
  try {
    return JSON.parse(output);
  } catch {
    return undefined;
  }
};

/** `$.a.b[0]` against a parsed value; undefined where a step is missing. */
export const atJsonPath = (value: unknown, path: string): unknown =>
  (path.slice(1).match(/\.[^.[]+|\[\d+\]/g) ?? []).reduce<unknown>((node, step) => {
    if (node === null || typeof node !== 'object') return undefined;
    const key = step.startsWith('[') ? Number(step.slice(1, -1)) : step.slice(1);
    return Object.hasOwn(node, key) ? (node as Record<string | number, unknown>)[key] : undefined;
  }, value);

const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * The deterministic rubric grader: each non-empty rubric line is a criterion, met when every word of
 * four letters or more in it appears in the output (case-insensitive); the score is the share met.
 */
export const rubricByTerms = (rubric: string, output: string): number => {
  const text = output.toLowerCase();
  const criteria = rubric
    .split('\n')
    .map((line) => line.replace(/^[\s*•-]+/, '').trim())
    .filter(Boolean);
  if (criteria.length === 0) return 0;
  const met = criteria.filter((criterion) => (criterion.toLowerCase().match(/[a-z0-9]{4,}/g) ?? []).every((term) => text.includes(term)));
  return round(met.length / criteria.length);
};

export const RUBRIC_PASS = 0.5;

export const gradeExamTask = (task: ExamTask, outcome: ExamOutcome, rubricScore?: number): TaskGrade => {
  const { contains = [], json_paths: paths = [], tools = [], rubric } = task.expect;
  const text = outcome.output.toLowerCase();
  const json = paths.length > 0 ? parsed(outcome.output) : undefined;
  const checks: CheckResult[] = [
    ...contains.map((needle) => ({ check: `contains`, passed: text.includes(needle.toLowerCase()), detail: needle })),
    ...paths.map(({ path, equals }) => {
      const found = atJsonPath(json, path);
      const passed = equals === undefined ? found !== undefined : sameJson(found, equals);
      return { check: 'json_path', passed, detail: path };
    }),
    ...tools.map((tool) => ({ check: 'tool', passed: outcome.tools_used.includes(tool), detail: tool })),
  ];
  if (rubric !== undefined) {
    const score = rubricScore ?? rubricByTerms(rubric, outcome.output);
    checks.push({ check: 'rubric', passed: score >= RUBRIC_PASS, detail: `score ${score}` });
  }
  if (outcome.status !== 'succeeded') return { score: 0, checks: checks.map((c) => ({ ...c, passed: false })) };
  return { score: round(checks.filter((c) => c.passed).length / checks.length), checks };
};
