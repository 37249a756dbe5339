import type { PlatformEvent } from '../../shared/event-types';
import type { Agent } from './model';

/**
 * The agent's log (API.md `/logs`): one line per lifecycle or change event, kept 30 days, written
 * beside the event it mirrors. Lines are sentences for people; the events carry the structured data.
 */

export const AGENT_LOG_RETENTION_DAYS = 30;

export const LOG_LEVELS = ['info', 'warn', 'error'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface AgentLogLine {
  at: string;
  level: LogLevel;
  event: PlatformEvent;
  message: string;
  /** Who caused it: the caller's user id, or the API key's id (`key_…`). */
  actor: string;
}

/** What the event's publisher knows beyond the agent itself. */
export interface AgentLogDetail {
  changed?: readonly string[];
  previous_slug?: string;
  /** Why the agent's level changed (a demotion's rule). */
  previous_level?: string;
  reason?: string;
}

type Describe = (agent: Agent, detail: AgentLogDetail) => string;

const changes = (detail: AgentLogDetail) =>
  detail.changed && detail.changed.length > 0 ? `changed ${detail.changed.join(', ')}` : 'saved without changes';

/** Per event: its level and its sentence. Execution and graduation events add their lines with their issues. */
const LINES: Partial<Record<PlatformEvent, { level: LogLevel; describe: Describe }>> = {
  'agent.created': { level: 'info', describe: (a) => `created as ${a.slug} (${a.role}, ${a.maturity_level})` },
  'agent.updated': { level: 'info', describe: (_, d) => changes(d) },
  'agent.renamed': { level: 'info', describe: (a, d) => `renamed ${d.previous_slug ? `from ${d.previous_slug} ` : ''}to ${a.slug}` },
  'agent.started': { level: 'info', describe: (a) => `started; runtime ${a.runtime_state}` },
  'agent.stopped': { level: 'info', describe: (a) => `stopped; runtime ${a.runtime_state}` },
  'agent.deleted': { level: 'warn', describe: () => 'deleted; its executions, files, schedules and shares are being purged' },
  'agent.demoted': { level: 'warn', describe: (a, d) => `demoted to ${a.maturity_level}${d.reason ? `: ${d.reason}` : ''}` },
  'agent.graduated': { level: 'info', describe: (a, d) => `graduated from ${d.previous_level ?? 'its level'} to ${a.maturity_level}` },
  'graduation.failed': {
    level: 'warn',
    describe: (a, d) => `did not graduate from ${a.maturity_level}: ${d.reason ?? 'the graduation ended'}`,
  },
};

export const agentLogLine = (
  event: PlatformEvent,
  agent: Agent,
  actor: string,
  detail: AgentLogDetail,
  at: string,
): AgentLogLine | null => {
  const line = LINES[event];
  return line ? { at, level: line.level, event, message: line.describe(agent, detail), actor } : null;
};
