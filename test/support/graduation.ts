import { anAgent, execute, type TestAgent } from '../api/executions/helpers';
import { api } from './api-client';
import type { TestUser } from './fixtures';
import { waitUntil } from './wait-until';

/** Factories for graduation tests: an agent with enough successful runs to sit its intern exam, and a graduation run to its end. */

export const anExperiencedAgent = async (owner: TestUser, runs = 10, rating: number | null = null): Promise<TestAgent> => {
  const agent = await anAgent(owner);
  for (let n = 0; n < runs; n += 1) {
    const run = await execute(agent, { task: `Summarize the weekly report ${n}` }, { token: owner.token });
    if (run.body.data?.status !== 'completed') throw new Error(`a run did not complete: ${JSON.stringify(run.body)}`);
    if (rating !== null) {
      const rated = await api.post(
        `/api/agents/${agent.id}/executions/${run.body.data.execution_id}/feedback`,
        { rating, outcome: 'success' },
        { token: owner.token },
      );
      if (rated.status !== 200) throw new Error(`feedback failed: ${JSON.stringify(rated.body)}`);
    }
  }
  return agent;
};

/** Starts the agent's graduation and reads it until it has ended. */
export const graduated = async (owner: TestUser, agent: TestAgent): Promise<{ id: string; status: string }> => {
  const started = await api.post(`/api/agents/${agent.id}/graduation`, {}, { token: owner.token });
  if (started.status !== 202) throw new Error(`the graduation did not start: ${JSON.stringify(started.body)}`);
  const id = started.body.data.graduation.id as string;
  return waitUntil(
    async () =>
      (await api.get(`/api/agents/${agent.id}/graduations/${id}`, { token: owner.token })).body.data.graduation as {
        id: string;
        status: string;
      },
    (g) => g.status !== 'running',
    60_000,
  );
};
