import type { Execution, ExecutionError, ExecutionStep, Feedback, Usage } from './model';

/**
 * An episode is what learning reads of a finished execution: what was asked, how the agent went
 * about it, and how it ended (plus the feedback a person gives later). One per finished run,
 * keyed by the execution's own ULID; cancelled runs leave none, having no outcome to learn from.
 */
export interface Episode {
  execution_id: string;
  agent_id: string;
  workspace_id: string;
  maturity_level: string;
  input: { task: string; context: Record<string, unknown> | null };
  steps: ExecutionStep[];
  outcome: {
    status: Execution['status'];
    result: Execution['result'];
    confidence: number | null;
    error: ExecutionError | null;
  };
  usage: Usage;
  duration_ms: number;
  started_at: string | null;
  completed_at: string;
  feedback: Feedback | null;
}

export const durationMs = (execution: Pick<Execution, 'started_at' | 'created_at' | 'completed_at'>): number =>
  Math.max(0, Date.parse(execution.completed_at ?? new Date().toISOString()) - Date.parse(execution.started_at ?? execution.created_at));

/**
 * An episode is one item written with the run's end, so it keeps a bounded digest of the run — what
 * learning reads (the task, `context.category`, which tools ran in which order, the outcome) — and
 * the full run stays with the execution: every text (a step's text, reasoning, output, comment, the
 * task, the result's summary) is clipped to EPISODE_TEXT_CHARS characters; a tool call's input, and
 * the context, are kept when their JSON is at most EPISODE_JSON_BYTES, else replaced by `{}` (the
 * context keeps its `category`); at most EPISODE_STEPS steps, the last one dropped first.
 */
export const EPISODE_TEXT_CHARS = 512;
export const EPISODE_JSON_BYTES = 512;
export const EPISODE_STEPS = 100;

const clip = (text: string): string => (text.length > EPISODE_TEXT_CHARS ? `${text.slice(0, EPISODE_TEXT_CHARS)}…` : text);
const small = (value: Record<string, unknown>): Record<string, unknown> =>
  Buffer.byteLength(JSON.stringify(value)) <= EPISODE_JSON_BYTES ? value : {};

const contextDigest = (context: Record<string, unknown> | null): Record<string, unknown> | null => {
  if (!context || Buffer.byteLength(JSON.stringify(context)) <= EPISODE_JSON_BYTES) return context;
  return typeof context.category === 'string' ? { category: clip(context.category) } : {};
};

const stepDigest = (step: ExecutionStep): ExecutionStep => {
  switch (step.type) {
    case 'model':
      return {
        ...step,
        text: clip(step.text),
        reasoning: step.reasoning === null ? null : clip(step.reasoning),
        tool_calls: step.tool_calls.map((c) => ({ ...c, input: small(c.input) })),
      };
    case 'tool':
      return { ...step, input: small(step.input), output: clip(step.output) };
    case 'approval':
      return { ...step, comment: step.comment === null ? null : clip(step.comment) };
  }
};

export const episodeOf = (execution: Execution): Episode => ({
  execution_id: execution.id,
  agent_id: execution.agent_id,
  workspace_id: execution.workspace_id,
  maturity_level: execution.maturity_level,
  input: { task: clip(execution.task), context: contextDigest(execution.context) },
  steps: execution.steps.slice(0, EPISODE_STEPS).map(stepDigest),
  outcome: {
    status: execution.status,
    result: execution.result ? { summary: clip(execution.result.summary) } : null,
    confidence: execution.confidence,
    error: execution.error ? { code: execution.error.code, message: clip(execution.error.message) } : null,
  },
  usage: execution.usage,
  duration_ms: durationMs(execution),
  started_at: execution.started_at,
  completed_at: execution.completed_at ?? execution.updated_at,
  feedback: null,
});
