import { uploadAvatar } from '../../../lambdas/use-cases/agents/upload-avatar';
import { api } from '../../support/api-client';
import { aPrincipal } from '../../support/events';
import { aUser, aWorkspace, type TestUser } from '../../support/fixtures';
import { tinyImages } from '../../support/images';

/**
 * An avatar's change goes on from the agent read before its image was stored; an agent changed while the
 * image was stored is read again, so the upload neither fails nor undoes that change.
 */

let owner: TestUser;
let ws: string;
let agentId: string;

// While the image is stored, someone renames the agent: the agent the upload read is then one version old.
jest.mock('../../../lambdas/data/avatars', () => {
  const actual = jest.requireActual('../../../lambdas/data/avatars');
  return {
    ...actual,
    storeAvatar: jest.fn(async (...args: unknown[]) => {
      const { api: client } = jest.requireActual('../../support/api-client');
      await client.put(`/api/agents/${agentId}/rename`, { name: 'Renamed meanwhile' }, { token: owner.token });
      return actual.storeAvatar(...args);
    }),
  };
});

beforeAll(async () => {
  owner = await aUser('avatar-race');
  ws = await aWorkspace(owner);
  agentId = (await api.post('/api/agents', { name: 'Pictured' }, { token: owner.token })).body.data.agent.id;
});

const ownerPrincipal = () => aPrincipal({ user_id: 'user_avatar_race', email: owner.email, workspace_id: ws });

it('an avatar stored while the agent was renamed names the image on the renamed agent', async () => {
  const { agent } = await uploadAvatar(ownerPrincipal(), agentId, tinyImages.png);
  expect(agent).toMatchObject({ name: 'Renamed meanwhile', version: 3 });
  const stored = (await api.get(`/api/agents/${agentId}`, { token: owner.token })).body.data.agent;
  expect(stored).toMatchObject({ name: 'Renamed meanwhile', avatar_url: `/api/agents/${agentId}/avatar`, version: 3 });
  expect(agent.avatar_url).toMatch(new RegExp(`agents/${agentId}/avatar/[0-9a-f]{64}\\.png$`));
});
