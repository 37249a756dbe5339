import type { RequestCalls } from '../local/call-counter';
import { type LatencyResult, measureRequests } from './latency';
import { seedAgents } from './seed-agents';
import type { Tenant } from './tenants';

/**
 * DESIGN.md §7 "growth": a list page must cost O(page), never O(workspace). The same list requests
 * against an enterprise workspace holding 100 agents and one holding 10,000 (seeded directly, see
 * seed-agents.ts): every filter's first page and the cursor page after it, each measured in the
 * DynamoDB calls its handler makes (counted by the local runtime) and in local time, and the ratio
 * of the large workspace's figures to the small one's.
 */

const QUERIES = {
  newest: 'limit=5',
  by_name: 'limit=5&sort=name&order=asc',
  status: 'limit=5&status=active',
  type: 'limit=5&type=type-3',
  role: 'limit=5&role=finance-agent',
  maturity_level: 'limit=5&maturity_level=intern',
  tag_common: 'limit=5&tags=odd',
  tag_rare: 'limit=5&tags=t7',
  tags_any: 'limit=5&tags=t7,t8',
  q_short: 'limit=5&q=se',
  q_by_name: 'limit=5&q=seeded%20agent%200&sort=name&order=asc',
  combined: 'limit=5&tags=odd&role=finance-agent',
} as const;

type Query = keyof typeof QUERIES;
type Page = 'first' | 'cursor';

/** Per query, page and round: about a second of requests (the bench runs the platform unthrottled, so no tier rate applies). */
const AMOUNT = 30;
const CONNECTIONS = 5;
const WARM_UP = 60;
/** Each page is measured in this many rounds; its time ratio is the median round's, its calls ratio the worst round's. */
const ROUNDS = 3;

interface Figure {
  path: string;
  dynamodb_calls: number;
  latency: LatencyResult;
}

const get = async (apiUrl: string, tenant: Tenant, path: string) => {
  const res = await fetch(`${apiUrl}${path}`, { headers: { Authorization: `Bearer ${tenant.token}` } });
  const body = (await res.json()) as { data?: { pagination?: { next_cursor: string | null } } };
  if (res.status !== 200) throw new Error(`${path} answered ${res.status}: ${JSON.stringify(body)}`);
  return { requestId: res.headers.get('x-request-id') ?? '', cursor: body.data?.pagination?.next_cursor ?? null };
};

/** DynamoDB calls the list's handler made for one request (the authorizer's are the same for every request and left out). */
const dynamoCalls = async (apiUrl: string, requestId: string): Promise<number> => {
  const counted = await fetch(`${apiUrl}/local/calls/${encodeURIComponent(requestId)}`);
  const calls = counted.ok ? ((await counted.json()) as RequestCalls).calls : [];
  return calls.filter((c) => c.function !== 'authorizer' && c.service === 'DynamoDB').length;
};

const measurePage = async (apiUrl: string, tenant: Tenant, path: string): Promise<Figure> => {
  const { requestId } = await get(apiUrl, tenant, path);
  const dynamodb_calls = await dynamoCalls(apiUrl, requestId);
  const latency = await measureRequests(apiUrl, path, {
    connections: CONNECTIONS,
    amount: AMOUNT,
    headers: { Authorization: `Bearer ${tenant.token}` },
  });
  return { path, dynamodb_calls, latency };
};

/** A query's first page, then the page its cursor leads to. */
const measureQuery = async (apiUrl: string, tenant: Tenant, query: string): Promise<Record<Page, Figure>> => {
  const firstPath = `/api/agents?${query}`;
  const { cursor } = await get(apiUrl, tenant, firstPath);
  const first = await measurePage(apiUrl, tenant, firstPath);
  if (!cursor) throw new Error(`${firstPath} has no second page to measure`);
  return { first, cursor: await measurePage(apiUrl, tenant, `${firstPath}&cursor=${encodeURIComponent(cursor)}`) };
};

const ratio = (large: number, small: number) => Math.round((large / Math.max(small, 0.01)) * 100) / 100;

export const measureListGrowth = async (apiUrl: string, small: Tenant, large: Tenant, sizes = { small: 100, large: 10_000 }) => {
  const seeding = { small: await seedAgents(small, sizes.small), large: await seedAgents(large, sizes.large) };
  for (const tenant of [small, large])
    await measureRequests(apiUrl, `/api/agents?${QUERIES.newest}`, {
      connections: CONNECTIONS,
      amount: WARM_UP,
      headers: { Authorization: `Bearer ${tenant.token}` },
    });
  const rows: Record<string, { small: Figure; large: Figure; calls_ratio: number; p50_ratio: number }> = {};
  for (const [name, query] of Object.entries(QUERIES) as [Query, string][]) {
    // Rounds alternating the two workspaces, so drift in the machine's load falls on both sides of each ratio.
    const rounds: { atSmall: Record<Page, Figure>; atLarge: Record<Page, Figure> }[] = [];
    for (let round = 0; round < ROUNDS; round += 1)
      rounds.push({ atSmall: await measureQuery(apiUrl, small, query), atLarge: await measureQuery(apiUrl, large, query) });
    for (const page of ['first', 'cursor'] as const) {
      const byRatio = rounds
        .map(({ atSmall, atLarge }) => ({ s: atSmall[page], l: atLarge[page] }))
        .map((r) => ({ ...r, p50: ratio(r.l.latency.p50_ms, r.s.latency.p50_ms) }))
        .sort((a, b) => a.p50 - b.p50);
      const { s, l, p50 } = byRatio[Math.floor(ROUNDS / 2)] as (typeof byRatio)[number];
      rows[`${name} ${page}`] = {
        small: s,
        large: l,
        calls_ratio: Math.max(...byRatio.map((r) => ratio(r.l.dynamodb_calls, r.s.dynamodb_calls))),
        p50_ratio: p50,
      };
    }
  }
  const worst = (key: 'calls_ratio' | 'p50_ratio') =>
    Object.entries(rows).reduce((w, [name, r]) => (r[key] > w.ratio ? { name, ratio: r[key] } : w), { name: '', ratio: 0 });
  return {
    method:
      "per query: one request's DynamoDB calls counted by the local runtime, " +
      `then ${AMOUNT} requests with autocannon at ${CONNECTIONS} connections for p50/p99, ` +
      `in ${ROUNDS} rounds alternating the two workspaces (the median round's time ratio); ` +
      "agents seeded with BatchWriteItem through the data layer's item builders",
    seeding,
    agents: sizes,
    pages: rows,
    worst_calls_ratio: worst('calls_ratio'),
    worst_p50_ratio: worst('p50_ratio'),
    budget_ratio: 1.5,
  };
};
