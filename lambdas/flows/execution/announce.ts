import { agentLogPut } from '../../data/agent-logs';
import type { TransactItem } from '../../data/operations';
import { outboxPut } from '../../data/outbox';
import type { LogLevel } from '../../domain/agents/log-lines';
import type { Execution } from '../../domain/executions/model';
import type { EventData, PlatformEvent } from '../../shared/event-types';

/** A line in the agent's log about its run. */
export const runLogLine = (
  event: PlatformEvent,
  execution: Execution,
  line: { level: LogLevel; message: string },
  now: Date = new Date(),
): TransactItem =>
  agentLogPut(execution.agent_id, {
    at: now.toISOString(),
    level: line.level,
    event,
    message: line.message,
    actor: execution.requested_by,
  });

/**
 * A step of a run told to the world, as items of the write that makes it true: the platform event
 * (webhooks, consumers' rules) and a line in the agent's log.
 */
export const announcement = <E extends PlatformEvent>(
  event: E,
  execution: Execution,
  data: EventData<E>,
  line: { level: LogLevel; message: string },
  now: Date = new Date(),
): TransactItem[] => [outboxPut(event, execution.workspace_id, data, now), runLogLine(event, execution, line, now)];
