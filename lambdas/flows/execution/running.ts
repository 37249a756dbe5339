import { findAgent } from '../../data/agents';
import { getExecution, isExecutionChanged, saveExecution } from '../../data/executions';
import type { TransactItem } from '../../data/operations';
import type { Agent } from '../../domain/agents/model';
import { FLOW_ERRORS, FlowError } from '../../domain/executions/flow-errors';
import { governedAs } from '../../domain/executions/governed-as';
import { type Execution, type ExecutionStatus, isActive, progressOf } from '../../domain/executions/model';
import type { OffloadedField } from '../../domain/executions/storage';
import type { FlowStart } from './flow-state';

/** Loading and advancing the execution a flow step works on; a run someone ended stops the flow quietly. */

const ended = (why: string) => new FlowError(FLOW_ERRORS.executionEnded, why);

export const loadExecution = async (
  state: FlowStart,
  statuses: readonly ExecutionStatus[],
  skip: readonly OffloadedField[] = [],
): Promise<Execution> => {
  const execution = await getExecution(state.agent_id, state.execution_id, skip);
  if (!execution) throw ended(`execution ${state.execution_id} no longer exists`);
  if (!statuses.includes(execution.status)) throw ended(`execution ${execution.id} is ${execution.status}`);
  return execution;
};

export const loadAgent = async (state: FlowStart): Promise<Agent> => {
  const agent = await findAgent(state.workspace_id, state.agent_id);
  if (!agent) throw new FlowError(FLOW_ERRORS.agentUnavailable, `agent ${state.agent_id} was deleted while the execution ran`);
  return agent;
};

export const loadRunning = async (state: FlowStart, statuses: readonly ExecutionStatus[] = ['in_progress']) => {
  // A turn works from the rendered prompt: the context (up to 5 MiB) stays in the bucket.
  const [execution, agent] = await Promise.all([loadExecution(state, statuses, ['context']), loadAgent(state)]);
  return { execution, agent: governedAs(agent, execution) };
};

/**
 * Saves `changes` on top of `before` (version, time and progress follow), with what `announce`
 * adds (an event) in the same write; a concurrent cancel ends the flow.
 */
export const advance = async (
  before: Execution,
  changes: Partial<Execution>,
  announce: (after: Execution) => TransactItem[] = () => [],
): Promise<Execution> => {
  const status = changes.status ?? before.status;
  const steps = changes.steps ?? before.steps;
  const after: Execution = {
    ...before,
    ...changes,
    progress: progressOf(status, steps.length, before.max_steps),
    updated_at: new Date().toISOString(),
    version: before.version + 1,
  };
  try {
    return await saveExecution(before, after, announce(after));
  } catch (error) {
    if (!isExecutionChanged(error)) throw error;
    const current = await getExecution(before.agent_id, before.id);
    if (!current || !isActive(current.status)) throw ended(`execution ${before.id} was ${current?.status ?? 'removed'} meanwhile`);
    throw error;
  }
};
