import type { Agent } from './model';

/**
 * Filtering, sorting and paging a small set of agents in memory: the agents a member can reach
 * (their access entries), where the index-backed listing of a whole workspace does not apply.
 */

export interface ListFilters {
  status?: string;
  runtime_state?: string;
  type?: string;
  role?: string;
  maturity_level?: string;
  tags?: string[];
  q?: string;
}

export const matches = (agent: Agent, f: ListFilters): boolean =>
  (f.status ? agent.status === f.status : agent.status !== 'deleted') &&
  (!f.runtime_state || agent.runtime_state === f.runtime_state) &&
  (!f.type || agent.type === f.type) &&
  (!f.role || agent.role === f.role) &&
  (!f.maturity_level || agent.maturity_level === f.maturity_level) &&
  (!f.tags?.length || f.tags.some((t) => agent.tags.includes(t))) &&
  (!f.q || agent.name.toLowerCase().startsWith(f.q.toLowerCase()));

const sortKey = (agent: Agent, sort: 'name' | 'created_at' | 'updated_at') => (sort === 'name' ? agent.slug : agent[sort]);

export const sortAgents = (agents: Agent[], sort: 'name' | 'created_at' | 'updated_at', order: 'asc' | 'desc'): Agent[] =>
  [...agents].sort((a, b) => {
    const [x, y] = [sortKey(a, sort), sortKey(b, sort)];
    const byKey = x < y ? -1 : x > y ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    return order === 'asc' ? byKey : -byKey;
  });
