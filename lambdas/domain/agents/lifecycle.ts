import type { Agent } from '../../domain/agents/model';
import { Conflict } from '../errors';

/** Only agents that may run can be started (API.md: `start` re-checks health). */
const STARTABLE: readonly Agent['status'][] = ['active', 'published'];

export const started = (agent: Agent, now: string): Agent => {
  if (!STARTABLE.includes(agent.status)) {
    throw new Conflict('INVALID_TRANSITION', `a ${agent.status} agent cannot be started; make it active first`, [
      { field: 'status', issue: 'not startable', status: agent.status },
    ]);
  }
  return { ...agent, runtime_state: 'running', updated_at: now, version: agent.version + 1 };
};

export const stopped = (agent: Agent, now: string): Agent => ({
  ...agent,
  runtime_state: 'stopped',
  updated_at: now,
  version: agent.version + 1,
});
