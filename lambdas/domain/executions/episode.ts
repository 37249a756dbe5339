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

export const episodeOf = (execution: Execution): Episode => ({
  execution_id: execution.id,
  agent_id: execution.agent_id,
  workspace_id: execution.workspace_id,
  maturity_level: execution.maturity_level,
  input: { task: execution.task, context: execution.context },
  steps: execution.steps,
  outcome: { status: execution.status, result: execution.result, confidence: execution.confidence, error: execution.error },
  usage: execution.usage,
  duration_ms: durationMs(execution),
  started_at: execution.started_at,
  completed_at: execution.completed_at ?? execution.updated_at,
  feedback: null,
});
