import { api } from '../../support/api-client';
import type { TestUser } from '../../support/fixtures';

/** Small factories and waits for the executions API tests. */

export interface TestAgent {
  id: string;
  slug: string;
}

export const anAgent = async (owner: TestUser, settings: Record<string, unknown> = {}): Promise<TestAgent> => {
  const res = await api.post(
    '/api/agents',
    { name: `Runner ${Math.random().toString(36).slice(2, 9)}`, ...settings },
    { token: owner.token },
  );
  if (res.status !== 201) throw new Error(`agent creation failed: ${JSON.stringify(res.body)}`);
  return res.body.data.agent as TestAgent;
};

export const execute = (
  agent: TestAgent,
  body: Record<string, unknown>,
  auth: { token?: string; apiKey?: string; headers?: Record<string, string> },
) => api.post(`/api/agents/${agent.id}/execute`, body, auth);

/** Reads the execution until it is in one of `statuses` (the run goes on in the runtime meanwhile). */
export const waitForStatus = async (user: TestUser, pollUrl: string, statuses: string[]) => {
  for (let i = 0; i < 200; i += 1) {
    const res = await api.get(pollUrl, { token: user.token });
    if (statuses.includes(res.body.data?.status)) return res.body.data;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${pollUrl} never reached ${statuses.join('|')}`);
};
