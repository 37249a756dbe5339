import { pathOf } from '../paths';
import type { Transport } from '../transport';
import type { DataOf, QueryOf } from '../types';
import type { UpdateOptions } from './agents';

/** An agent's learning: the training read-out, and the adaptations it suggests (apply and revert need manage rights). */
export class Training {
  constructor(private readonly transport: Transport) {}

  /** Statistics, patterns, suggested adaptations, graduation readiness, feedback and governance violations. */
  async get(agent: string): Promise<DataOf<'agentsTrainingGet'>> {
    return (await this.transport.request<DataOf<'agentsTrainingGet'>>({ method: 'GET', path: pathOf`/api/agents/${agent}/training` })).data;
  }

  async listAdaptations(
    agent: string,
    query: QueryOf<'agentsTrainingAdaptationsList'> = {},
  ): Promise<DataOf<'agentsTrainingAdaptationsList'>['adaptations']> {
    const request = { method: 'GET' as const, path: pathOf`/api/agents/${agent}/training/adaptations`, query };
    return (await this.transport.request<DataOf<'agentsTrainingAdaptationsList'>>(request)).data.adaptations;
  }

  /** Changes the agent (its version bumps); `ifMatch` names the agent version it applies to. */
  async applyAdaptation(agent: string, adaptation: string, options: UpdateOptions = {}): Promise<DataOf<'agentsTrainingAdaptationApply'>> {
    const request = {
      method: 'POST' as const,
      path: pathOf`/api/agents/${agent}/training/adaptations/${adaptation}/apply`,
      ifMatch: options.ifMatch,
    };
    return (await this.transport.request<DataOf<'agentsTrainingAdaptationApply'>>(request)).data;
  }

  async revertAdaptation(
    agent: string,
    adaptation: string,
    options: UpdateOptions = {},
  ): Promise<DataOf<'agentsTrainingAdaptationRevert'>> {
    const request = {
      method: 'POST' as const,
      path: pathOf`/api/agents/${agent}/training/adaptations/${adaptation}/revert`,
      ifMatch: options.ifMatch,
    };
    return (await this.transport.request<DataOf<'agentsTrainingAdaptationRevert'>>(request)).data;
  }
}
