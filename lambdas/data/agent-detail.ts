import type { AgentStatsRecord } from '../domain/agents/stats';
import { withoutKeys } from './item';
import { agentPluginsKey, agentStatsKey, scheduleCountKey } from './keys';
import type { Assignment } from './plugins-assignments';
import { batchGetItems } from './batch';

/**
 * What the single-agent answer adds to the agent item: its statistics aggregate, its plugin
 * assignment (ids in priority order and their skills) and its schedule counter. All three live in
 * the agent's partition under known keys, so they are one BatchGetItem, whatever the agent has.
 */
export interface AgentDetail {
  stats: AgentStatsRecord | null;
  assignment: Pick<Assignment, 'plugin_ids' | 'skills'> | null;
  schedules_count: number;
}

export const getAgentDetail = async (agentId: string): Promise<AgentDetail> => {
  const keys = { stats: agentStatsKey(agentId), assignment: agentPluginsKey(agentId), schedules: scheduleCountKey(agentId) };
  const items = await batchGetItems(Object.values(keys));
  const find = (key: { SK: string }) => items.find((item) => item.SK === key.SK);
  const stats = find(keys.stats);
  const assignment = find(keys.assignment);
  return {
    stats: stats ? withoutKeys<AgentStatsRecord>(stats) : null,
    assignment: assignment ? withoutKeys<Assignment>(assignment) : null,
    schedules_count: Number(find(keys.schedules)?.schedules ?? 0),
  };
};
