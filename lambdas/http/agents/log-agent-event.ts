import { appendAgentLog } from '../../data/agent-logs';
import { type AgentLogDetail, agentLogLine } from '../../domain/agents/log-lines';
import type { Agent } from '../../domain/agents/model';
import type { PlatformEvent } from '../../shared/event-types';

/**
 * Writes the agent's log line for an event, beside the `publish` of that event and after the
 * write it reports: the log says what happened, never what was only attempted.
 */
export const logAgentEvent = async (event: PlatformEvent, agent: Agent, actor: string, detail: AgentLogDetail = {}): Promise<void> => {
  const line = agentLogLine(event, agent, actor, detail, new Date().toISOString());
  if (line) await appendAgentLog(agent.id, line);
};
