import { governCall, unansweredCall } from '../../domain/executions/flow';
import { FLOW_ERRORS, FlowError } from '../../domain/executions/flow-errors';
import { announcement } from './announce';
import type { FlowState } from './flow-state';
import { advance, loadRunning } from './running';
import { countMetric, observed } from '../../shared/observability';

/**
 * Holds a create/high step for a person (autonomy off): the execution is `awaiting_approval` with the
 * step and the task token stored, and the state machine waits on that token until `…/approve` or
 * `…/reject` answers it, or the agent's timeout passes.
 */
export const handler = observed(async (input: { state: FlowState; task_token: string }): Promise<void> => {
  const { execution, agent } = await loadRunning(input.state);
  const call = unansweredCall(execution.steps);
  if (!call) throw new FlowError(FLOW_ERRORS.toolFailed, 'no tool call is waiting for approval');
  const { tool } = governCall(agent, call, execution.tool_catalog);
  const requestedAt = new Date().toISOString();
  await advance(
    execution,
    {
      status: 'awaiting_approval',
      pending_approval: { tool_call_id: call.id, tool: tool.name, risk: tool.risk, input: call.input, requested_at: requestedAt },
      task_token: input.task_token,
    },
    (after) =>
      announcement(
        'execution.awaiting_approval',
        after,
        {
          agent_id: after.agent_id,
          execution_id: after.id,
          status: 'awaiting_approval',
          tool: tool.name,
          risk: tool.risk,
          input: call.input,
        },
        { level: 'info', message: `execution ${after.id} waits for approval of ${tool.name} (${tool.risk} risk)` },
      ),
  );
  countMetric('ApprovalWaited');
});
