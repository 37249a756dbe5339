/**
 * The errors a step of the execution flow ends with. Their names are what Step Functions matches
 * in `Retry` and `Catch` (a Lambda error's type is the thrown error's `name`), so the state machine
 * construct and the task handlers both read them from here.
 */

export const FLOW_ERRORS = {
  /** The model provider asked us to slow down: retried with backoff. */
  providerThrottled: 'ProviderThrottled',
  providerFailed: 'ProviderFailed',
  governanceViolation: 'GovernanceViolation',
  approvalRejected: 'ApprovalRejected',
  toolFailed: 'ToolFailed',
  /** The agent's `timeout_seconds` ran out between steps (a step cut short ends in `States.Timeout`). */
  timedOut: 'ExecutionTimedOut',
  stepLimit: 'StepLimitReached',
  tokenLimit: 'TokenLimitReached',
  /** The run's model is not (or no longer) on its workspace tier's allow-list. */
  modelNotAllowed: 'ModelNotAllowed',
  /** The workspace's monthly spend budget has no room for another model turn. */
  budgetExceeded: 'BudgetExceeded',
  /** The agent was deleted or stopped being active between submit and start. */
  agentUnavailable: 'AgentUnavailable',
  /** The execution already ended (a cancel got there first): the flow stops without recording anything. */
  executionEnded: 'ExecutionEnded',
} as const;

export type FlowErrorName = (typeof FLOW_ERRORS)[keyof typeof FLOW_ERRORS];

/** Step Functions' own name for a task that outlived its `TimeoutSeconds`. */
export const STATES_TIMEOUT = 'States.Timeout';

export class FlowError extends Error {
  constructor(
    override readonly name: FlowErrorName,
    message: string,
  ) {
    super(message);
  }
}

export const providerThrottled = (message: string) => new FlowError(FLOW_ERRORS.providerThrottled, message);
export const providerFailed = (message: string) => new FlowError(FLOW_ERRORS.providerFailed, message);
