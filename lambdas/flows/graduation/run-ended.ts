import type { EventBridgeEvent } from 'aws-lambda';
import { getGraduation } from '../../data/graduations';
import type { FLOW_STATUS_CHANGE, FlowStatusChange } from '../execution/flow-status-change';
import { cancel, fail } from './endings';
import type { GraduationFlowInput } from './flow-state';

/**
 * The graduation state machine's run ended FAILED, TIMED_OUT or ABORTED: a graduation still
 * running ends too — `cancelled` when its run was stopped, `error` otherwise — and its lock is
 * released. Usually a cancel or RecordError got there first, and then nothing changes.
 */
export const handler = async (event: EventBridgeEvent<typeof FLOW_STATUS_CHANGE, FlowStatusChange>): Promise<void> => {
  const input = JSON.parse(event.detail.input ?? '{}') as Partial<GraduationFlowInput>;
  if (!input.agent_id || !input.graduation_id) return;
  const graduation = await getGraduation(input.agent_id, input.graduation_id);
  if (!graduation || graduation.status !== 'running') return;
  if (event.detail.status === 'ABORTED') await cancel(graduation, 'a stop of its run');
  else await fail(graduation, 'error', `the graduation's run ended ${event.detail.status.toLowerCase().replace('_', ' ')}; start it again`);
};
