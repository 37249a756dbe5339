import { type LatencyResult, measureRequests } from './latency';
import { seedAgents } from './seed-agents';
import type { Tenant } from './tenants';

/**
 * DESIGN.md §7 "growth": a cursor page must cost O(page), never O(workspace). The same list requests
 * against an enterprise workspace holding 100 agents and one holding 10,000 (seeded directly, see
 * seed-agents.ts), and the ratio of their latencies. An unfiltered page's `total` comes from the
 * counter item; a filtered `total` is a keys-only COUNT over the matches (the documented exception),
 * measured too so its growth is visible rather than hidden.
 */

const QUERIES = {
  page: '/api/agents?limit=20',
  by_name: '/api/agents?limit=20&sort=name&order=asc',
  filtered: '/api/agents?limit=20&tags=odd',
} as const;

/** Per workspace: well under enterprise's 2,000 requests a minute, all queries and the warm-up included. */
const AMOUNTS: Record<keyof typeof QUERIES, number> = { page: 500, by_name: 500, filtered: 20 };
const CONNECTIONS = 10;
const WARM_UP = 100;

type Figures = Record<keyof typeof QUERIES, LatencyResult>;

/** Both workspaces warmed up first, then each query against the small one and straight after the large one, so drift in the machine's load touches both alike. */
const measureBoth = async (apiUrl: string, small: Tenant, large: Tenant) => {
  const headersOf = (tenant: Tenant) => ({ Authorization: `Bearer ${tenant.token}` });
  for (const tenant of [small, large]) await measureRequests(apiUrl, QUERIES.page, { connections: CONNECTIONS, amount: WARM_UP, headers: headersOf(tenant) });
  const at = { small: {} as Figures, large: {} as Figures };
  for (const [name, path] of Object.entries(QUERIES) as [keyof typeof QUERIES, string][]) {
    for (const size of ['small', 'large'] as const) {
      at[size][name] = await measureRequests(apiUrl, path, { connections: CONNECTIONS, amount: AMOUNTS[name], headers: headersOf(size === 'small' ? small : large) });
    }
  }
  return at;
};

const ratio = (large: number, small: number) => Math.round((large / Math.max(small, 0.01)) * 100) / 100;

export const measureListGrowth = async (apiUrl: string, small: Tenant, large: Tenant, sizes = { small: 100, large: 10_000 }) => {
  const seeding = { small: await seedAgents(small, sizes.small), large: await seedAgents(large, sizes.large) };
  const at = await measureBoth(apiUrl, small, large);
  const names = Object.keys(QUERIES) as (keyof typeof QUERIES)[];
  return {
    method: `autocannon, ${CONNECTIONS} connections, a fixed number of requests per query; agents seeded with BatchWriteItem through the data layer's item builders`,
    seeding,
    agents: sizes,
    queries: QUERIES,
    small: at.small,
    large: at.large,
    p50_ratio: Object.fromEntries(names.map((n) => [n, ratio(at.large[n].p50_ms, at.small[n].p50_ms)])) as Record<keyof typeof QUERIES, number>,
    p99_ratio: Object.fromEntries(names.map((n) => [n, ratio(at.large[n].p99_ms, at.small[n].p99_ms)])) as Record<keyof typeof QUERIES, number>,
    budget_ratio: 1.5,
  };
};
