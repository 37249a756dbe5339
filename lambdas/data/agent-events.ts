import { type AgentLogDetail, agentLogLine } from '../domain/agents/log-lines';
import type { Agent } from '../domain/agents/model';
import type { EventData, PlatformEvent } from '../shared/event-types';
import { agentLogPut } from './agent-logs';
import { outboxPut } from './outbox';
import type { TransactItem } from './operations';

/**
 * An agent event as transaction items: its outbox item and, for events the log shows, the agent's
 * log line. Both commit with the change they report, so the log says what happened, never what
 * was only attempted, and the event exists exactly when the change does.
 */
export const agentEvent = <E extends PlatformEvent>(
  event: E,
  agent: Agent,
  actor: string,
  data: EventData<E>,
  detail: AgentLogDetail = {},
  now: Date = new Date(),
): TransactItem[] => {
  const line = agentLogLine(event, agent, actor, detail, now.toISOString());
  return [outboxPut(event, agent.workspace_id, data, now), ...(line ? [agentLogPut(agent.id, line)] : [])];
};
