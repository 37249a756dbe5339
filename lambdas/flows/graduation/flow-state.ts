/**
 * What the graduation state machine carries: which graduation, and in the Map, which exam task.
 * Everything else lives in the graduation's item.
 */

export interface GraduationFlowInput {
  workspace_id: string;
  agent_id: string;
  graduation_id: string;
}

export interface ExamTaskInput extends GraduationFlowInput {
  index: number;
}

/** What a `Catch` adds: the error that ended the state. */
export interface WithError {
  error?: { Error?: string; Cause?: string };
}
