import { api } from '../../support/api-client';
import { aMember, aUser, aWorkspace, anApiKey, setTier, type TestUser } from '../../support/fixtures';
import { anAgent, execute, type TestAgent, waitForStatus } from './helpers';

/** Who may answer a held step: a person with manage rights, and with four-eyes approval someone other than the requester. */

let owner: TestUser;
let workspaceId: string;

beforeAll(async () => {
  owner = await aUser('approvals-owner');
  workspaceId = await aWorkspace(owner);
  await setTier(workspaceId, 'team');
});

const heldBy = async (agent: TestAgent, auth: { token?: string; apiKey?: string }) => {
  const res = await execute(agent, { task: 'Save it [[tool:files.write {"path":"held.txt","content":"hello"}]]', mode: 'async' }, auth);
  if (res.status !== 202) throw new Error(JSON.stringify(res.body));
  return waitForStatus(owner, res.body.data.poll_url, ['awaiting_approval']) as Promise<{ poll_url: string; requested_by: string }>;
};

const setFourEyes = (on: boolean) => api.patch(`/api/workspaces/${workspaceId}`, { four_eyes_approval: on }, { token: owner.token });

describe('API keys never decide', () => {
  it.each([[['execute']], [['read', 'write', 'execute', 'admin']]])(
    'a %j key approving its own held step answers 403 and the step stays held',
    async (scopes) => {
      const agent = await anAgent(owner, { maturity_level: 'supervised' });
      const { secret } = await anApiKey(owner, workspaceId, scopes);
      const waiting = await heldBy(agent, { apiKey: secret });
      for (const verb of ['approve', 'reject']) {
        const res = await api.post(`${waiting.poll_url}/${verb}`, {}, { apiKey: secret });
        expect({ verb, status: res.status, code: res.body.error?.code }).toEqual({ verb, status: 403, code: 'FORBIDDEN' });
      }
      expect((await api.get(waiting.poll_url, { token: owner.token })).body.data.status).toBe('awaiting_approval');
      await api.post(`${waiting.poll_url}/cancel`, {}, { token: owner.token });
    },
  );
});

describe('four-eyes approval', () => {
  afterEach(async () => {
    await setFourEyes(false);
  });

  it('is off by default and only owners and admins switch it', async () => {
    expect((await api.get(`/api/workspaces/${workspaceId}`, { token: owner.token })).body.data.workspace.four_eyes_approval).toBe(false);
    const member = await aMember(owner, workspaceId, 'member');
    expect((await api.patch(`/api/workspaces/${workspaceId}`, { four_eyes_approval: true }, { token: member.token })).status).toBe(403);
    const on = await setFourEyes(true);
    expect({ status: on.status, four_eyes: on.body.data.workspace.four_eyes_approval }).toEqual({ status: 200, four_eyes: true });
  });

  it('an owner approving the step of a run they started answers 403; another admin approves it', async () => {
    await setFourEyes(true);
    const agent = await anAgent(owner, { maturity_level: 'supervised' });
    const waiting = await heldBy(agent, { token: owner.token });
    const own = await api.post(`${waiting.poll_url}/approve`, {}, { token: owner.token });
    expect({ status: own.status, field: own.body.error?.details?.[0]?.field }).toEqual({ status: 403, field: 'four_eyes_approval' });
    const admin = await aMember(owner, workspaceId, 'admin');
    expect(
      (await api.post(`${waiting.poll_url}/approve`, {}, { token: admin.token, headers: { 'X-Workspace-ID': workspaceId } })).status,
    ).toBe(200);
    await waitForStatus(owner, waiting.poll_url, ['completed']);
  });

  it('an owner approving a step started by an API key they created answers 403', async () => {
    await setFourEyes(true);
    const agent = await anAgent(owner, { maturity_level: 'supervised' });
    const { secret } = await anApiKey(owner, workspaceId, ['execute']);
    const waiting = await heldBy(agent, { apiKey: secret });
    expect((await api.post(`${waiting.poll_url}/approve`, {}, { token: owner.token })).status).toBe(403);
    expect((await api.post(`${waiting.poll_url}/reject`, { comment: 'my own' }, { token: owner.token })).status).toBe(200);
  });
});
