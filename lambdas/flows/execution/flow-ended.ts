import type { EventBridgeEvent } from 'aws-lambda';
import { endOfFlow } from '../../domain/executions/stranded';
import { endStranded } from './end-stranded';
import type { FlowStart } from './flow-state';
import type { FLOW_STATUS_CHANGE, FlowStatusChange } from './flow-status-change';
import { observed } from '../../shared/observability';

/**
 * The state machine's run ended FAILED, TIMED_OUT or ABORTED (the rule selects only those): the
 * execution it ran ends too, unless it was recorded already (RecordFailure, a cancel), which is the
 * usual case, and then nothing changes.
 */
export const handler = observed(async (event: EventBridgeEvent<typeof FLOW_STATUS_CHANGE, FlowStatusChange>): Promise<void> => {
  const start = JSON.parse(event.detail.input ?? '{}') as Partial<FlowStart>;
  if (!start.workspace_id || !start.agent_id || !start.execution_id) return;
  await endStranded(
    { workspace_id: start.workspace_id, agent_id: start.agent_id, id: start.execution_id },
    endOfFlow(event.detail.status, event.detail),
    `flow ${event.detail.status}`,
  );
});
