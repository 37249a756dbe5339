import { Conflict, Forbidden, InvalidInput } from '../errors';
import type { Agent } from '../agents/model';
import { allowedRisks, governTool } from '../governance';
import { newId } from '../ids';
import { DEFAULT_MAX_STEPS, type Execution, type ExecutionSource, ZERO_USAGE } from './model';
import { BUILT_IN_TOOLS, type ToolDefinition } from './tools';

/** The rules of a new execution (API.md §2 "Executions" and the governance rules below it). */

/** `published` agents are active and reachable by visitors (API.md "Agent model"): they run too. */
export const RUNNABLE_STATUSES: readonly Agent['status'][] = ['active', 'published'];

export const assertRunnable = (agent: Pick<Agent, 'slug' | 'status'>): void => {
  if (!RUNNABLE_STATUSES.includes(agent.status)) {
    throw new Conflict(
      'AGENT_NOT_ACTIVE',
      `agent ${agent.slug} is ${agent.status}: only an active agent runs tasks; ` +
        `make it active first (PATCH /api/agents/${agent.slug} with {"status":"active"})`,
      [{ field: 'status', issue: 'not active', status: agent.status }],
    );
  }
};

type GovernedAgent = Pick<Agent, 'slug' | 'maturity_level' | 'read_only_enabled' | 'autonomy_enabled'>;

/** Whether every requested tool is a built-in, which needs no assembled context to check. */
export const onlyBuiltIns = (requested: readonly string[]): boolean =>
  requested.every((name) => BUILT_IN_TOOLS.some((t) => t.name === name));

/**
 * A task that explicitly asks for tools (`parameters.tools`) is refused at submit time when one of
 * them is beyond what governance allows the agent (403 GOVERNANCE_VIOLATION). Tools that only need
 * approval are accepted: their steps will wait.
 */
export const assertToolsPermitted = (agent: GovernedAgent, requested: readonly string[], catalog: readonly ToolDefinition[]): void => {
  for (const name of requested) {
    const tool = catalog.find((t) => t.name === name);
    if (!tool) {
      throw new InvalidInput(
        `parameters.tools names ${name}, which agent ${agent.slug} does not have; its tools are ${catalog.map((t) => t.name).join(', ')}`,
        [{ field: 'parameters.tools', issue: 'unknown tool', tool: name }],
      );
    }
    if (governTool(agent, tool) === 'forbidden') {
      throw new Forbidden(
        `agent ${agent.slug} (${agent.maturity_level}${agent.read_only_enabled ? ', read-only' : ''}) ` +
          `may not use ${name}, a ${tool.risk}-risk tool; it may take ${allowedRisks(agent).join(', ')} steps`,
        'GOVERNANCE_VIOLATION',
        [
          {
            field: 'parameters.tools',
            issue: 'beyond governance',
            tool: name,
            risk: tool.risk,
            maturity_level: agent.maturity_level,
            allowed_risks: allowedRisks(agent),
          },
        ],
      );
    }
  }
};

export interface ExecutionRequest {
  task: string;
  context?: Record<string, unknown> | null;
  parameters?: Record<string, unknown>;
  mode: 'sync' | 'async';
}

/** The tools a task names in `parameters.tools`. */
export const requestedTools = (parameters: Record<string, unknown>): string[] =>
  Array.isArray(parameters.tools) ? parameters.tools.filter((t): t is string => typeof t === 'string') : [];

export const maxStepsOf = (parameters: Record<string, unknown>): number =>
  typeof parameters.max_steps === 'number' ? parameters.max_steps : DEFAULT_MAX_STEPS;

export const newExecution = (
  request: ExecutionRequest,
  context: {
    agent: Pick<Agent, 'id' | 'workspace_id' | 'llm_provider' | 'llm_model' | 'timeout_seconds' | 'maturity_level'>;
    requestedBy: string;
    source: ExecutionSource;
    now: string;
    id?: string;
  },
): Execution => {
  const parameters = request.parameters ?? {};
  return {
    id: context.id ?? newId('exec'),
    workspace_id: context.agent.workspace_id,
    agent_id: context.agent.id,
    status: 'pending',
    mode: request.mode,
    task: request.task,
    context: request.context ?? null,
    parameters,
    source: context.source,
    requested_by: context.requestedBy,
    provider: context.agent.llm_provider,
    model: context.agent.llm_model,
    max_steps: maxStepsOf(parameters),
    timeout_seconds: context.agent.timeout_seconds,
    maturity_level: context.agent.maturity_level,
    progress: 0,
    result: null,
    confidence: null,
    reasoning_trace: [],
    steps: [],
    usage: ZERO_USAGE,
    pending_approval: null,
    task_token: null,
    error: null,
    system_prompt: '',
    user_message: '',
    tool_catalog: [],
    turn_throttles: 0,
    feedback: null,
    created_at: context.now,
    started_at: null,
    completed_at: null,
    updated_at: context.now,
    version: 1,
  };
};
