import { everyItem } from '../pages';
import { pathOf } from '../paths';
import { sleep } from '../retry';
import type { Transport } from '../transport';
import type { BodyOf, DataOf, Execution, QueryOf } from '../types';

/** An agent's executions: read, list, decide on, rate, and wait for. */

export interface WaitOptions {
  /** Called with the execution each time its status, progress or steps change. */
  onProgress?: (execution: Execution) => void;
  /** Give up (the execution goes on) after this long. Default 10 minutes. */
  timeoutMs?: number;
}

/** Statuses after which an execution changes no more without a person: ended, or waiting for approve/reject. */
export const settledStatuses: ReadonlySet<Execution['status']> = new Set([
  'completed',
  'failed',
  'cancelled',
  'timed_out',
  'awaiting_approval',
]);

const pollFirstMs = 200;
const pollCapMs = 2_000;

export class Executions {
  constructor(private readonly transport: Transport) {}

  async get(agent: string, execution: string): Promise<Execution> {
    return (await this.transport.request<Execution>({ method: 'GET', path: pathOf`/api/agents/${agent}/executions/${execution}` })).data;
  }

  async list(agent: string, query: QueryOf<'executionsList'> = {}): Promise<DataOf<'executionsList'>> {
    return (await this.transport.request<DataOf<'executionsList'>>({ method: 'GET', path: pathOf`/api/agents/${agent}/executions`, query }))
      .data;
  }

  iterate(
    agent: string,
    query: Omit<QueryOf<'executionsList'>, 'cursor' | 'page'> = {},
  ): AsyncGenerator<DataOf<'executionsList'>['executions'][number]> {
    return everyItem(async (cursor) => {
      const page = await this.list(agent, { ...query, cursor });
      return { items: page.executions, nextCursor: page.pagination.next_cursor };
    });
  }

  async cancel(agent: string, execution: string): Promise<Execution> {
    return this.decide(agent, execution, 'cancel', undefined);
  }

  async approve(agent: string, execution: string, body: BodyOf<'executionsApprove'> = {}): Promise<Execution> {
    return this.decide(agent, execution, 'approve', body);
  }

  async reject(agent: string, execution: string, body: BodyOf<'executionsReject'> = {}): Promise<Execution> {
    return this.decide(agent, execution, 'reject', body);
  }

  async feedback(agent: string, execution: string, body: BodyOf<'executionsFeedback'>): Promise<DataOf<'executionsFeedback'>> {
    const path = pathOf`/api/agents/${agent}/executions/${execution}/feedback`;
    return (await this.transport.request<DataOf<'executionsFeedback'>>({ method: 'POST', path, body })).data;
  }

  /** Polls with back-off until the execution settles, reporting every change. */
  async wait(agent: string, execution: Execution | string, options: WaitOptions = {}): Promise<Execution> {
    let current = typeof execution === 'string' ? await this.get(agent, execution) : execution;
    const deadline = Date.now() + (options.timeoutMs ?? 600_000);
    let fingerprint = '';
    for (let delay = pollFirstMs; ; delay = Math.min(pollCapMs, delay * 1.5)) {
      const next = `${current.status}/${current.progress}/${current.steps.length}`;
      if (next !== fingerprint) options.onProgress?.(current);
      fingerprint = next;
      if (settledStatuses.has(current.status) || Date.now() > deadline) return current;
      await sleep(delay);
      current = await this.get(agent, current.id);
    }
  }

  private async decide(agent: string, execution: string, action: 'cancel' | 'approve' | 'reject', body: unknown): Promise<Execution> {
    const path = `${pathOf`/api/agents/${agent}/executions/${execution}`}/${action}`;
    return (await this.transport.request<Execution>({ method: 'POST', path, body })).data;
  }
}
