import { durationMs } from '../domain/executions/episode';
import type { ExecutionStep } from '../domain/executions/model';
import { announce } from './announce';
import { finish } from './finish';
import type { FlowState } from './flow-state';

const answerOf = (steps: readonly ExecutionStep[]): string =>
  [...steps].reverse().find((s): s is Extract<ExecutionStep, { type: 'model' }> => s.type === 'model')?.text ?? '';

/** The model finished: the run is `completed` with its answer, and `agent.executed` is published. */
export const handler = async (state: FlowState): Promise<void> => {
  const after = await finish({ agent_id: state.agent_id, id: state.execution_id }, (execution) => ({
    status: 'completed',
    result: { summary: answerOf(execution.steps) },
    error: null,
  }));
  if (!after) return;
  await announce(
    'agent.executed',
    after,
    { status: after.status, result: after.result, confidence: after.confidence, usage: after.usage, duration_ms: durationMs(after) },
    { level: 'info', message: `execution ${after.id} completed in ${durationMs(after)} ms (${after.usage.input_tokens + after.usage.output_tokens} tokens)` },
  );
};
