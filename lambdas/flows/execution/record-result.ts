import { durationMs } from '../../domain/executions/episode';
import type { ExecutionStep } from '../../domain/executions/model';
import { resultOf } from '../../domain/executions/result';
import { announcement, runLogLine } from './announce';
import { finish } from './finish';
import type { FlowState } from './flow-state';
import { countMetric, observed } from '../../shared/observability';

const answerOf = (steps: readonly ExecutionStep[]): string =>
  [...steps].reverse().find((s): s is Extract<ExecutionStep, { type: 'model' }> => s.type === 'model')?.text ?? '';

/** The model finished: the run is `completed` with its answer, and `agent.executed` commits with it (not for an exam run). */
export const handler = observed(async (state: FlowState): Promise<void> => {
  await finish(
    { agent_id: state.agent_id, id: state.execution_id },
    (execution) => ({ status: 'completed', result: resultOf(answerOf(execution.steps)), error: null }),
    (after) => {
      const line = {
        level: 'info' as const,
        message:
          `execution ${after.id} completed in ${durationMs(after)} ms ` +
          `(${after.usage.input_tokens + after.usage.output_tokens} tokens)`,
      };
      // An exam run is not usage: it is logged, but publishes no agent.executed (webhooks, the learning summary).
      if (after.purpose === 'exam') return [runLogLine('agent.executed', after, line)];
      return announcement(
        'agent.executed',
        after,
        {
          agent_id: after.agent_id,
          execution_id: after.id,
          status: 'completed',
          result: after.result,
          confidence: after.confidence,
          usage: { ...after.usage },
          duration_ms: durationMs(after),
        },
        line,
      );
    },
  );
  countMetric('ExecutionSucceeded');
});
