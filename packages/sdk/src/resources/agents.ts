import { everyItem } from '../pages';
import { pathOf } from '../paths';
import { newIdempotencyKey, type Transport } from '../transport';
import type { Agent, BodyOf, DataOf, Execution, LogEntry, QueryOf } from '../types';
import type { Executions, WaitOptions } from './executions';

/** Agents of the client's workspace, addressed by id or slug. */

export interface CreateOptions {
  /** Defaults to a fresh key per call, so the client's own retries never create twice. */
  idempotencyKey?: string;
}

export interface UpdateOptions {
  /** The agent's `version` (its ETag) the change applies to; a stale one fails with a ConflictError (412). */
  ifMatch?: string | number;
}

export interface ExecuteOptions extends CreateOptions, WaitOptions {
  /** Poll until the execution settles instead of returning the platform's first answer. */
  wait?: boolean;
}

type AgentData = { agent: Agent };

export class Agents {
  constructor(
    private readonly transport: Transport,
    private readonly executions: Executions,
  ) {}

  async list(query: QueryOf<'agentsList'> = {}): Promise<DataOf<'agentsList'>> {
    return (await this.transport.request<DataOf<'agentsList'>>({ method: 'GET', path: '/api/agents', query })).data;
  }

  /** Every agent matching `query`, page after page: `for await (const agent of client.agents.iterate())`. */
  iterate(query: Omit<QueryOf<'agentsList'>, 'cursor' | 'page'> = {}): AsyncGenerator<DataOf<'agentsList'>['agents'][number]> {
    return everyItem(async (cursor) => {
      const page = await this.list({ ...query, cursor });
      return { items: page.agents, nextCursor: page.pagination.next_cursor };
    });
  }

  async create(body: BodyOf<'agentsCreate'>, options: CreateOptions = {}): Promise<Agent> {
    const idempotencyKey = options.idempotencyKey ?? newIdempotencyKey();
    return (await this.transport.request<AgentData>({ method: 'POST', path: '/api/agents', body, idempotencyKey })).data.agent;
  }

  async get(agent: string): Promise<Agent> {
    return (await this.transport.request<AgentData>({ method: 'GET', path: pathOf`/api/agents/${agent}` })).data.agent;
  }

  async update(agent: string, body: BodyOf<'agentsPatch'>, options: UpdateOptions = {}): Promise<Agent> {
    const request = { method: 'PATCH' as const, path: pathOf`/api/agents/${agent}`, body, ifMatch: options.ifMatch };
    return (await this.transport.request<AgentData>(request)).data.agent;
  }

  async delete(agent: string): Promise<void> {
    await this.transport.request({ method: 'DELETE', path: pathOf`/api/agents/${agent}` });
  }

  /** Runs the health check first: a failing one rejects with a ConflictError (AGENT_UNHEALTHY) unless `force` is true. */
  async start(agent: string, body: BodyOf<'agentsStart'> = {}): Promise<DataOf<'agentsStart'>> {
    return (await this.transport.request<DataOf<'agentsStart'>>({ method: 'POST', path: pathOf`/api/agents/${agent}/start`, body })).data;
  }

  /** Checks the agent's health now (and stores it on the agent); `probe: 'true'` also makes one minimal model call. */
  async health(agent: string, query: QueryOf<'agentsHealthGet'> = {}): Promise<DataOf<'agentsHealthGet'>['health']> {
    return (await this.transport.request<DataOf<'agentsHealthGet'>>({ method: 'GET', path: pathOf`/api/agents/${agent}/health`, query }))
      .data.health;
  }

  async stop(agent: string): Promise<DataOf<'agentsStop'>> {
    return (await this.transport.request<DataOf<'agentsStop'>>({ method: 'POST', path: pathOf`/api/agents/${agent}/stop` })).data;
  }

  async rename(agent: string, body: BodyOf<'agentsRename'>): Promise<Agent> {
    return (await this.transport.request<AgentData>({ method: 'PUT', path: pathOf`/api/agents/${agent}/rename`, body })).data.agent;
  }

  async logs(agent: string, query: QueryOf<'agentsLogsList'> = {}): Promise<LogEntry[]> {
    return (await this.transport.request<DataOf<'agentsLogsList'>>({ method: 'GET', path: pathOf`/api/agents/${agent}/logs`, query })).data
      .logs;
  }

  /** Runs a task; with `wait: true`, polls until the execution settles, calling `onProgress` on every change. */
  async execute(agent: string, body: BodyOf<'executionsExecute'>, options: ExecuteOptions = {}): Promise<Execution> {
    const idempotencyKey = options.idempotencyKey ?? newIdempotencyKey();
    const path = pathOf`/api/agents/${agent}/execute`;
    const { data } = await this.transport.request<Execution>({ method: 'POST', path, body, idempotencyKey });
    return options.wait ? this.executions.wait(agent, data, options) : data;
  }
}
