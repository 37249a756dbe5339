import { hasActiveExecutions } from '../../data/executions';
import type { Agent } from '../../domain/agents/model';
import { Conflict } from '../../domain/errors';

/** Deleting or renaming an agent under its running executions would pull the name out from under them (API.md: 409 AGENT_BUSY). */
export const assertNotBusy = async (agent: Pick<Agent, 'id' | 'slug'>): Promise<void> => {
  if (await hasActiveExecutions(agent.id)) {
    throw new Conflict(
      'AGENT_BUSY',
      `agent ${agent.slug} has executions pending, running or awaiting approval; cancel them or let them finish first`,
      [{ field: 'executions', issue: 'active' }],
    );
  }
};
