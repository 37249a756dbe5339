import { FLOW_ERRORS, FlowError } from '../../domain/executions/flow-errors';
import { governedAs } from '../../domain/executions/governed-as';
import { systemPromptOf, userMessageOf } from '../../domain/executions/prompt';
import { assertToolsPermitted, requestedTools, RUNNABLE_STATUSES } from '../../domain/executions/submit';
import { toolCatalog } from '../../domain/executions/tools';
import { DomainError } from '../../domain/errors';
import { contextFor } from './agent-context';
import { type FlowStart, type FlowState, remainingSeconds } from './flow-state';
import { advance, loadAgent, loadExecution } from './running';
import { observed } from '../../shared/observability';

/**
 * The first step: the agent and its assembled context, governance's pre-check of the tools the task
 * asked for, then the run is `in_progress` with its prompt, tools and deadline fixed for every turn.
 */
export const handler = observed(async (start: FlowStart): Promise<FlowState> => {
  const [execution, agent] = await Promise.all([loadExecution(start, ['pending']), loadAgent(start)]);
  if (!RUNNABLE_STATUSES.includes(agent.status))
    throw new FlowError(FLOW_ERRORS.agentUnavailable, `agent ${agent.slug} became ${agent.status} before the run started`);
  const context = await contextFor(agent);
  const catalog = toolCatalog(context.tools);
  try {
    assertToolsPermitted(governedAs(agent, execution), requestedTools(execution.parameters), catalog);
  } catch (error) {
    const name =
      error instanceof DomainError && error.code === 'GOVERNANCE_VIOLATION' ? FLOW_ERRORS.governanceViolation : FLOW_ERRORS.toolFailed;
    throw new FlowError(name, (error as Error).message);
  }
  const now = Date.now();
  const deadline = now + execution.timeout_seconds * 1000;
  await advance(execution, {
    status: 'in_progress',
    started_at: new Date(now).toISOString(),
    system_prompt: systemPromptOf(context),
    user_message: userMessageOf(context.instruction_template ?? agent.instruction_template, execution.task, execution.context),
    tool_catalog: catalog,
  });
  return { ...start, deadline, remaining_seconds: remainingSeconds(deadline, now), next: 'model_turn' };
});
