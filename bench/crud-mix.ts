import autocannon from 'autocannon';
import type { Tenant } from './tenants';

/**
 * DESIGN.md §7's CRUD mix: each of 50 connections loops create → get → patch → list → delete on its
 * own agent, round-robin over several enterprise workspaces so no workspace nears its per-minute
 * rate (the figure measures the platform, not 429s). A fixed number of loops rather than a duration,
 * so every operation is measured however slow the machine is; a request is only an error past
 * 60 s (autocannon's default 10 s would count slow answers as failures). autocannon gives the
 * overall p50/p99 and rate;
 * each operation's own latency is timed in the client, from the moment its request is built (with
 * one request in flight per connection, when it is sent) to its response.
 */

const OPERATIONS = ['create', 'get', 'patch', 'list', 'delete'] as const;
type Operation = (typeof OPERATIONS)[number];

interface Context {
  tenant?: Tenant;
  agentId?: string;
  sentAt?: number;
  [key: string]: unknown;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
const round = (n: number) => Math.round(n * 10) / 10;

export interface CrudMixResult {
  connections: number;
  loops_per_connection: number;
  duration_s: number;
  workspaces: number;
  requests: number;
  requests_per_second: number;
  p50_ms: number;
  p99_ms: number;
  errors: number;
  non_2xx: number;
  per_operation: Record<Operation, { requests: number; p50_ms: number; p99_ms: number; non_2xx: number }>;
}

export const measureCrudMix = async (
  apiUrl: string,
  tenants: Tenant[],
  connections = 50,
  loopsPerConnection = 2,
): Promise<CrudMixResult> => {
  const timings = Object.fromEntries(OPERATIONS.map((op) => [op, [] as number[]])) as Record<Operation, number[]>;
  const failures = Object.fromEntries(OPERATIONS.map((op) => [op, 0])) as Record<Operation, number>;
  let next = 0;
  let created = 0;

  const headersOf = (ctx: Context) => ({ Authorization: `Bearer ${ctx.tenant?.token}`, 'Content-Type': 'application/json' });
  const step = (op: Operation, build: (ctx: Context) => Partial<autocannon.Request>): autocannon.Request => ({
    setupRequest: ((request: autocannon.Request, ctx: Context) => {
      ctx.sentAt = performance.now();
      return { ...request, ...build(ctx), headers: headersOf(ctx) };
    }) as autocannon.Request['setupRequest'],
    onResponse: ((status: number, body: string, ctx: Context) => {
      timings[op].push(performance.now() - (ctx.sentAt ?? 0));
      if (status >= 300) failures[op] += 1;
      if (op === 'create')
        ctx.agentId = status === 201 ? (JSON.parse(body) as { data: { agent: { id: string } } }).data.agent.id : 'agent_missing';
    }) as autocannon.Request['onResponse'],
  });

  const requests: autocannon.Request[] = [
    step('create', (ctx) => {
      // The context starts afresh at every loop: each loop takes the next workspace in turn.
      ctx.tenant = tenants[next++ % tenants.length];
      return { method: 'POST', path: '/api/agents', body: JSON.stringify({ name: `Mix agent ${(created += 1)}`, tags: ['bench'] }) };
    }),
    step('get', (ctx) => ({ method: 'GET', path: `/api/agents/${ctx.agentId}` })),
    step('patch', (ctx) => ({
      method: 'PATCH',
      path: `/api/agents/${ctx.agentId}`,
      body: JSON.stringify({ description: 'patched by the bench' }),
    })),
    step('list', () => ({ method: 'GET', path: '/api/agents?limit=20' })),
    step('delete', (ctx) => ({ method: 'DELETE', path: `/api/agents/${ctx.agentId}` })),
  ];

  const amount = connections * loopsPerConnection * OPERATIONS.length;
  const result = await autocannon({ url: apiUrl, connections, amount, requests, timeout: 60 });
  const perOperation = Object.fromEntries(
    OPERATIONS.map((op) => {
      const sorted = [...timings[op]].sort((a, b) => a - b);
      return [
        op,
        { requests: sorted.length, p50_ms: round(percentile(sorted, 50)), p99_ms: round(percentile(sorted, 99)), non_2xx: failures[op] },
      ];
    }),
  ) as CrudMixResult['per_operation'];
  return {
    connections,
    loops_per_connection: loopsPerConnection,
    duration_s: Math.round(result.duration * 10) / 10,
    workspaces: tenants.length,
    requests: result.requests.total,
    requests_per_second: Math.round(result.requests.total / result.duration),
    p50_ms: result.latency.p50,
    p99_ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non_2xx: result.non2xx,
    per_operation: perOperation,
  };
};
