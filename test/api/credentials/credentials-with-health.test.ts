import { changeAgentCredentials } from '../../../lambdas/data/agent-credentials';
import { readCredentialsRecord } from '../../../lambdas/data/agent-credential-entries';
import { healthWrite } from '../../../lambdas/data/agent-health';
import type { AgentHealth } from '../../../lambdas/domain/agents/health';
import { api } from '../../support/api-client';
import { aUser, aWorkspace, type TestUser } from '../../support/fixtures';

/** A credential change and the health it leads to are one write: neither is stored without the other. */

let owner: TestUser;
let ws: string;
let agentId: string;
const status = async () =>
  (await api.get(`/api/agents/${agentId}/credentials/status`, { token: owner.token })).body.data.credentials.map(
    (c: { name: string }) => c.name,
  );

beforeAll(async () => {
  owner = await aUser('credential-health');
  ws = await aWorkspace(owner);
  agentId = (await api.post('/api/agents', { name: 'Guarded' }, { token: owner.token })).body.data.agent.id;
  expect((await api.post(`/api/agents/${agentId}/credentials/inject`, { credentials: { KEPT: 'k' } }, { token: owner.token })).status).toBe(
    200,
  );
});

it('keeps the credentials as they were when the health written with them is refused', async () => {
  // A health write for an agent that does not exist: its condition fails, and the whole change with it.
  const refusedHealth = async () => ({
    record: await readCredentialsRecord({ id: agentId }),
    also: () => [healthWrite({ workspace_id: ws, id: 'agent_gone' }, {} as AgentHealth)],
  });
  await expect(
    changeAgentCredentials({ workspace_id: ws, id: agentId }, { kind: 'merge', values: { ADDED: 'a' } }, refusedHealth),
  ).rejects.toThrow();
  expect(await status()).toEqual(['KEPT']);
  // The values are still readable: the sealed object the record names was left in place.
  expect(
    (await api.post(`/api/agents/${agentId}/credentials/inject`, { credentials: { ADDED: 'a' } }, { token: owner.token })).status,
  ).toBe(200);
  expect(await status()).toEqual(['ADDED', 'KEPT']);
});

it('refreshes the stored health when a credential is removed', async () => {
  const before = (await api.get(`/api/agents/${agentId}`, { token: owner.token })).body.data.agent.health;
  expect((await api.delete(`/api/agents/${agentId}/credentials/ADDED`, { token: owner.token })).status).toBe(200);
  const after = (await api.get(`/api/agents/${agentId}`, { token: owner.token })).body.data.agent.health;
  expect(after.checked_at).not.toBe(before?.checked_at);
});
