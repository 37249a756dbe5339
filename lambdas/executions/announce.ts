import { appendAgentLog } from '../data/agent-logs';
import type { LogLevel } from '../domain/agents/log-lines';
import type { Execution } from '../domain/executions/model';
import type { PlatformEvent } from '../shared/event-types';
import { publish } from '../shared/events';

/**
 * Tells the world about a step of a run, after the write that made it true: the platform event
 * (webhooks, consumers' rules) and a line in the agent's log.
 */
export const announce = async (
  event: PlatformEvent,
  execution: Execution,
  data: Record<string, unknown>,
  line: { level: LogLevel; message: string },
): Promise<void> => {
  await Promise.all([
    publish(event, execution.workspace_id, { agent_id: execution.agent_id, execution_id: execution.id, ...data }),
    appendAgentLog(execution.agent_id, { at: new Date().toISOString(), level: line.level, event, message: line.message, actor: execution.requested_by }),
  ]);
};
