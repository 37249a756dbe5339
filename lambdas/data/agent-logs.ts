import { ulid } from 'ulid';
import { AGENT_LOG_RETENTION_DAYS, type AgentLogLine } from '../domain/agents/log-lines';
import { agentLogKey } from './keys';
import { queryPage, type TransactItem } from './operations';
import { patternScope, patterns } from './patterns';
import { tableName } from './table';

/** An agent's log lines: one item each, expired by the table's TTL after 30 days. */

const DAY_SECONDS = 24 * 60 * 60;
const epochSeconds = (iso: string) => Math.floor(Date.parse(iso) / 1000);

/** The line as a transaction item, written with the change it describes. */
export const agentLogPut = (agentId: string, line: AgentLogLine): TransactItem => ({
  Put: {
    TableName: tableName,
    Item: {
      ...agentLogKey(agentId, ulid(Date.parse(line.at))),
      ...line,
      expires_at: epochSeconds(line.at) + AGENT_LOG_RETENTION_DAYS * DAY_SECONDS,
    },
  },
});

/** The last `tail` lines, oldest first (as `tail` prints them). */
export const recentAgentLogs = async (agentId: string, tail: number, now = new Date()): Promise<AgentLogLine[]> => {
  const { items } = await queryPage<AgentLogLine & { expires_at: number }>({
    ...patternScope(patterns.agentLogsOf, { agent: agentId }),
    limit: tail,
    ascending: false,
  });
  // TTL deletes up to days late; a line past its expiry is already gone as far as callers can tell.
  return items
    .filter((item) => item.expires_at > now.getTime() / 1000)
    .reverse()
    .map(({ at, level, event, message, actor }) => ({ at, level, event, message, actor }));
};
