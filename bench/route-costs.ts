import type { RequestCalls } from '../local/call-counter';
import { environmentConfig } from '../lib/config/environments';
import { functionTimes, type RouteCost, routeCost } from './route-cost';
import { PRICES } from './prices';
import type { Tenant } from './tenants';

/**
 * The AWS calls and the deployed cost of a representative request per route, counted by the local
 * runtime (`countCalls`): one request each, on a workspace that already holds a few agents.
 */

interface Probe {
  route: string;
  method: string;
  path: (ids: Ids) => string;
  body?: (ids: Ids) => unknown;
}

interface Ids {
  agent: string;
  workspace: string;
}

const PROBES: readonly Probe[] = [
  { route: 'GET /api/health', method: 'GET', path: () => '/api/health' },
  { route: 'POST /api/agents', method: 'POST', path: () => '/api/agents', body: () => ({ name: `Priced ${Date.now().toString(36)}` }) },
  { route: 'GET /api/agents/{agent}', method: 'GET', path: (ids) => `/api/agents/${ids.agent}` },
  {
    route: 'PATCH /api/agents/{agent}',
    method: 'PATCH',
    path: (ids) => `/api/agents/${ids.agent}`,
    body: () => ({ description: 'priced' }),
  },
  { route: 'GET /api/agents', method: 'GET', path: () => '/api/agents?limit=20' },
  { route: 'GET /api/agents?tags=', method: 'GET', path: () => '/api/agents?limit=20&tags=priced' },
  {
    route: 'POST /api/agents/{agent}/execute (sync)',
    method: 'POST',
    path: (ids) => `/api/agents/${ids.agent}/execute`,
    body: () => ({ task: 'Summarise the week', mode: 'sync' }),
  },
  { route: 'GET /api/agents/{agent}/executions', method: 'GET', path: (ids) => `/api/agents/${ids.agent}/executions?limit=20` },
  {
    route: 'PUT /api/agents/{agent}/files',
    method: 'PUT',
    path: (ids) => `/api/agents/${ids.agent}/files?path=notes/priced.md`,
    body: () => 'priced notes',
  },
  { route: 'GET /api/agents/{agent}/files', method: 'GET', path: (ids) => `/api/agents/${ids.agent}/files` },
  { route: 'GET /api/agents/{agent}/training', method: 'GET', path: (ids) => `/api/agents/${ids.agent}/training` },
  { route: 'GET /api/agents/{agent}/context', method: 'GET', path: (ids) => `/api/agents/${ids.agent}/context` },
  { route: 'GET /api/workspaces/{ws}/usage', method: 'GET', path: (ids) => `/api/workspaces/${ids.workspace}/usage` },
  { route: 'GET /api/webhooks', method: 'GET', path: () => '/api/webhooks' },
  { route: 'GET /api/workspaces/{ws}', method: 'GET', path: (ids) => `/api/workspaces/${ids.workspace}` },
];

const send = async (apiUrl: string, tenant: Tenant, method: string, path: string, body?: unknown) => {
  const text = typeof body === 'string';
  const res = await fetch(`${apiUrl}${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${tenant.token}`,
      ...(body === undefined ? {} : { 'Content-Type': text ? 'text/markdown' : 'application/json' }),
    },
    body: body === undefined ? undefined : text ? body : JSON.stringify(body),
  });
  const json = (await res.json().catch(() => ({}))) as { data?: { agent?: { id: string } } };
  return { status: res.status, requestId: res.headers.get('x-request-id') ?? '', json };
};

export interface PricedRoute extends RouteCost {
  route: string;
  status: number;
}

export const measureRouteCosts = async (apiUrl: string, tenant: Tenant) => {
  const memoryMb = environmentConfig('prod').functions.memorySize;
  const created = await send(apiUrl, tenant, 'POST', '/api/agents', { name: 'Priced agent', tags: ['priced'] });
  const ids = { agent: created.json.data?.agent?.id ?? '', workspace: tenant.workspaceId };
  const routes: PricedRoute[] = [];
  for (const probe of PROBES) {
    const answer = await send(apiUrl, tenant, probe.method, probe.path(ids), probe.body?.(ids));
    const counted = await fetch(`${apiUrl}/local/calls/${encodeURIComponent(answer.requestId)}`);
    const calls = counted.ok ? ((await counted.json()) as RequestCalls).calls : [];
    const handler = calls.find((c) => c.function !== 'authorizer')?.function ?? probe.route;
    routes.push({ route: probe.route, status: answer.status, ...routeCost(calls, functionTimes(calls, handler), memoryMb) });
  }
  return {
    prices: PRICES,
    memory_mb: memoryMb,
    note:
      'one request per route, counted locally; Lambda time is the span of each function’s AWS calls plus 1 ms, ' +
      'an estimate of the deployed billed time; the authorizer is uncached (one invocation per request)',
    routes: routes.sort((a, b) => b.usd_per_million - a.usd_per_million),
  };
};
