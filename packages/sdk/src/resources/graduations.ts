import { everyItem } from '../pages';
import { pathOf } from '../paths';
import { newIdempotencyKey, type Transport } from '../transport';
import type { BodyOf, DataOf, QueryOf } from '../types';

type Graduation = DataOf<'agentsGraduationGet'>['graduation'];

/** An agent's graduations: start one (owners and admins), watch it, list them, cancel one. */
export class Graduations {
  constructor(private readonly transport: Transport) {}

  /** Starts the exam for the next level; answers the graduation, running. An `Idempotency-Key` makes a retried start safe. */
  async start(agent: string, body: BodyOf<'agentsGraduationStart'> = {}): Promise<Graduation> {
    const request = { method: 'POST' as const, path: pathOf`/api/agents/${agent}/graduation`, body, idempotencyKey: newIdempotencyKey() };
    return (await this.transport.request<DataOf<'agentsGraduationStart'>>(request)).data.graduation;
  }

  async get(agent: string, graduation: string): Promise<Graduation> {
    return (
      await this.transport.request<DataOf<'agentsGraduationGet'>>({
        method: 'GET',
        path: pathOf`/api/agents/${agent}/graduations/${graduation}`,
      })
    ).data.graduation;
  }

  async list(agent: string, query: QueryOf<'agentsGraduationsList'> = {}): Promise<DataOf<'agentsGraduationsList'>> {
    return (
      await this.transport.request<DataOf<'agentsGraduationsList'>>({
        method: 'GET',
        path: pathOf`/api/agents/${agent}/graduations`,
        query,
      })
    ).data;
  }

  /** Every graduation of the agent, newest first, page after page. */
  iterate(agent: string, query: Omit<QueryOf<'agentsGraduationsList'>, 'cursor'> = {}): AsyncGenerator<Graduation> {
    return everyItem(async (cursor) => {
      const page = await this.list(agent, { ...query, cursor });
      return { items: page.graduations, nextCursor: page.pagination.next_cursor };
    });
  }

  async cancel(agent: string, graduation: string): Promise<Graduation> {
    const request = { method: 'POST' as const, path: pathOf`/api/agents/${agent}/graduations/${graduation}/cancel` };
    return (await this.transport.request<DataOf<'agentsGraduationCancel'>>(request)).data.graduation;
  }
}
