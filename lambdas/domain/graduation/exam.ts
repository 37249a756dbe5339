import * as z from 'zod';

/**
 * An exam task and what its answer must show. A workspace's exam set for a level holds such tasks;
 * without one, tasks are sampled from the agent's successful episodes (their output becomes the
 * expected substrings). Governance probes are tasks whose `tools` expectation asks for a tool of the
 * target level's risk, which the run must use and which must succeed.
 */

/**
 * Free-form JSON in a task (its `context`, an expected value) is stored and later sent as an
 * execution's context: the same bounds as there, well inside DynamoDB's 32 nested levels.
 */
const MAX_DEPTH = 10;
const MAX_JSON_BYTES = 64 * 1024;
const depthOf = (value: unknown, limit = MAX_DEPTH + 1): number =>
  typeof value === 'object' && value !== null && limit > 0 ? 1 + Math.max(0, ...Object.values(value).map((v) => depthOf(v, limit - 1))) : 0;
const boundedJson = <T extends z.ZodType>(schema: T) =>
  schema
    .refine((v) => v === undefined || Buffer.byteLength(JSON.stringify(v)) <= MAX_JSON_BYTES, 'at most 64 KiB of JSON')
    .refine((v) => depthOf(v) <= MAX_DEPTH, `at most ${MAX_DEPTH} levels of nesting`);

/** `$.a.b[0]`: member and index steps only, so evaluation needs no expression engine. */
const JSON_PATH = /^\$(\.[A-Za-z_][A-Za-z0-9_-]*|\[\d{1,4}\])*$/;

export const EXPECTATION = z
  .object({
    contains: z.array(z.string().min(1).max(500)).max(20).optional(),
    json_paths: z
      .array(
        z.object({
          path: z.string().max(200).regex(JSON_PATH, 'a JSON path of member and index steps, such as $.a.b[0]'),
          equals: boundedJson(z.unknown()).optional(),
        }),
      )
      .max(20)
      .optional(),
    rubric: z.string().min(1).max(4000).optional(),
    tools: z.array(z.string().min(1).max(100)).max(10).optional(),
  })
  .strict()
  .refine(
    (e) => Boolean(e.contains?.length || e.json_paths?.length || e.rubric || e.tools?.length),
    'name at least one of contains, json_paths, rubric or tools',
  );

export type Expectation = z.infer<typeof EXPECTATION>;

export const EXAM_TASK = z
  .object({
    task: z.string().min(1).max(4000),
    expect: EXPECTATION,
    context: boundedJson(z.record(z.string(), z.unknown())).optional(),
  })
  .strict();

export type ExamTask = z.infer<typeof EXAM_TASK> & { kind?: 'task' | 'governance_probe' };

export const DEFAULT_EXAM_TASKS = 5;
export const MAX_EXAM_TASKS = 20;

/** What an exam run produced, as the grader sees it. */
export interface ExamOutcome {
  status: 'succeeded' | 'failed' | 'cancelled' | 'timed_out' | 'rejected';
  /** The run's result: its text, or its structured output serialized. */
  output: string;
  /** Tools the run called and whose calls succeeded. */
  tools_used: string[];
}

export interface CheckResult {
  check: string;
  passed: boolean;
  detail: string;
}

export interface TaskGrade {
  /** 0–1: the share of checks passed (0 for a run that did not succeed). */
  score: number;
  checks: CheckResult[];
}
