import { InvalidInput } from '../../shared/errors';
import type { Agent } from './model';

/**
 * Filtering, sorting and paging a small set of agents in memory: the agents a member can reach
 * (their access entries), where the index-backed listing of a whole workspace does not apply.
 */

export interface ListFilters {
  status?: string;
  type?: string;
  role?: string;
  maturity_level?: string;
  tags?: string[];
  q?: string;
}

export const matches = (agent: Agent, f: ListFilters): boolean =>
  (f.status ? agent.status === f.status : agent.status !== 'deleted') &&
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

/** An offset cursor, bound to the sort it was made for. */
export const offsetCursor = (offset: number, sort: string, order: string): string =>
  Buffer.from(JSON.stringify({ o: offset, s: `${sort}:${order}` })).toString('base64url');

export const readOffsetCursor = (cursor: string, sort: string, order: string): number => {
  try {
    const { o, s } = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { o?: unknown; s?: unknown };
    if (Number.isInteger(o) && (o as number) >= 0 && s === `${sort}:${order}`) return o as number;
  } catch {
    // fall through to the refusal below
  }
  throw new InvalidInput('cursor is not valid for this query; start again without it', [{ field: 'cursor', issue: 'invalid' }]);
};
