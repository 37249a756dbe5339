import { type Execution, isActive } from '../../domain/executions/model';
import { ExecutionFailed, Forbidden } from '../../domain/errors';
import { accepted, ok, type Reply } from '../../shared/reply';

/** An execution as answered: everything but the run's internals (prompt, tool catalog, task token, throttle count). */

export const pollUrl = (execution: Pick<Execution, 'agent_id' | 'id'>): string =>
  `/api/agents/${execution.agent_id}/executions/${execution.id}`;

const durationSeconds = (e: Execution): number | null =>
  e.completed_at && e.started_at ? Math.max(0, Date.parse(e.completed_at) - Date.parse(e.started_at)) / 1000 : null;

export const executionView = (e: Execution) => ({
  id: e.id,
  execution_id: e.id,
  agent_id: e.agent_id,
  status: e.status,
  mode: e.mode,
  progress: e.progress,
  task: e.task,
  context: e.context,
  parameters: e.parameters,
  result: e.result,
  confidence: e.confidence,
  reasoning_trace: e.reasoning_trace,
  steps: e.steps,
  usage: e.usage,
  pending_approval: e.pending_approval,
  error: e.error,
  feedback: e.feedback,
  source: e.source,
  requested_by: e.requested_by,
  provider: e.provider,
  model: e.model,
  max_steps: e.max_steps,
  timeout_seconds: e.timeout_seconds,
  created_at: e.created_at,
  started_at: e.started_at,
  completed_at: e.completed_at,
  updated_at: e.updated_at,
  duration_seconds: durationSeconds(e),
  poll_url: pollUrl(e),
});

const STILL_RUNNING: Record<string, string> = {
  pending: 'the task is queued; poll poll_url for its progress',
  in_progress: 'the task is being processed; poll poll_url for its progress',
  awaiting_approval: 'a step waits for approval: POST …/approve or …/reject; poll poll_url for its progress',
};

export const acceptedView = (e: Execution) => ({ ...executionView(e), message: STILL_RUNNING[e.status] ?? 'poll poll_url for the result' });

/** A provider or tool failure is the caller's 502; a step beyond governance their 403; any other end is the execution itself. */
const FAILED_UPSTREAM = new Set(['PROVIDER_FAILED', 'PROVIDER_THROTTLED', 'TOOL_FAILED', 'INTERNAL']);

export const syncAnswer = (execution: Execution): Reply => {
  if (isActive(execution.status)) return accepted(acceptedView(execution));
  const error = execution.error;
  const details = error ? [{ field: 'execution', issue: error.code, execution_id: execution.id, poll_url: pollUrl(execution) }] : [];
  if (execution.status === 'failed' && error && FAILED_UPSTREAM.has(error.code))
    throw new ExecutionFailed(`execution ${execution.id} failed: ${error.message}`, details);
  if (execution.status === 'failed' && error?.code === 'GOVERNANCE_VIOLATION')
    throw new Forbidden(`execution ${execution.id} stopped: ${error.message}`, 'GOVERNANCE_VIOLATION', details);
  return ok(executionView(execution));
};
