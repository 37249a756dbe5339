import type { FlowEndStatus } from '../../domain/executions/stranded';

/**
 * Step Functions' "Execution Status Change" event (default bus), as the rule selects it and the
 * flow-ended handler reads it; free of the table so CDK and the local runtime can read it too.
 */

export const FLOW_STATUS_CHANGE = 'Step Functions Execution Status Change';
export const FLOW_END_STATUSES: readonly FlowEndStatus[] = ['FAILED', 'TIMED_OUT', 'ABORTED'];

/** The fields of the event's detail read here. */
export interface FlowStatusChange {
  name: string;
  status: FlowEndStatus;
  input: string | null;
  error?: string | null;
  cause?: string | null;
}

/** The rule's pattern, in EventBridge's own field names: this state machine's runs that did not succeed. */
export const flowEndedPattern = (stateMachineArn: string) => ({
  source: ['aws.states'],
  'detail-type': [FLOW_STATUS_CHANGE],
  detail: { status: [...FLOW_END_STATUSES], stateMachineArn: [stateMachineArn] },
});
