import { recordingFailed } from '../../domain/executions/stranded';
import { endStranded } from './end-stranded';
import type { FailedFlowState } from './flow-state';
import { observed } from '../../shared/observability';

/**
 * Where RecordFailure's own `Catch` leads: recording the run's failure failed (its item too large,
 * the table unavailable past the retries), so the run is marked failed and its slot released with a
 * minimal write, and the flow still ends Failed.
 */
export const handler = observed(async (state: FailedFlowState & { recording_error?: FailedFlowState['error'] }): Promise<void> => {
  await endStranded(
    { workspace_id: state.workspace_id, agent_id: state.agent_id, id: state.execution_id },
    recordingFailed(state.recording_error),
    'release-run',
  );
});
