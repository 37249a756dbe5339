import { api } from './api-client';

/** Small factories for API tests: users (tokens from the dev identity provider), workspaces, API keys. */

let counter = 0;
const uniqueEmail = (name: string) =>
  `${name}-${Date.now().toString(36)}-${(counter += 1)}-${Math.random().toString(36).slice(2, 6)}@example.com`;

export interface TestUser {
  email: string;
  token: string;
}

export const aUser = async (name = 'user', options: { platformAdmin?: boolean } = {}): Promise<TestUser> =>
  aTokenFor(uniqueEmail(name), { platform_admin: options.platformAdmin ?? false });

/** A token for a given email from the dev identity provider; `sub` names another account with that email. */
export const aTokenFor = async (
  email: string,
  claims: { sub?: string; platform_admin?: boolean; email_verified?: boolean } = {},
): Promise<TestUser> => {
  const res = await fetch(`${process.env.API_URL}/local/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, ...claims }),
  });
  const { data } = (await res.json()) as { data: { token: string } };
  return { email, token: data.token };
};

export const aWorkspace = async (owner: TestUser, name = 'Test workspace'): Promise<string> => {
  const res = await api.post('/api/workspaces', { name }, { token: owner.token });
  if (res.status !== 201) throw new Error(`workspace creation failed: ${JSON.stringify(res.body)}`);
  return res.body.data.workspace.id as string;
};

export const aMember = async (
  owner: TestUser,
  workspaceId: string,
  role: 'owner' | 'admin' | 'member',
  name: string = role,
): Promise<TestUser> => {
  const user = await aUser(name);
  const res = await api.post(`/api/workspaces/${workspaceId}/members`, { email: user.email, role }, { token: owner.token });
  if (res.status !== 201) throw new Error(`adding a member failed: ${JSON.stringify(res.body)}`);
  return user;
};

export const anApiKey = async (owner: TestUser, workspaceId: string, scopes: string[]): Promise<{ id: string; secret: string }> => {
  const res = await api.post(`/api/workspaces/${workspaceId}/api-keys`, { name: 'test key', scopes }, { token: owner.token });
  if (res.status !== 201) throw new Error(`API key creation failed: ${JSON.stringify(res.body)}`);
  return { id: res.body.data.api_key.id, secret: res.body.data.api_key.secret };
};

export const setTier = async (workspaceId: string, tier: string): Promise<void> => {
  const operator = await aUser('operator', { platformAdmin: true });
  const res = await api.patch(`/api/workspaces/${workspaceId}`, { tier }, { token: operator.token });
  if (res.status !== 200) throw new Error(`tier change failed: ${JSON.stringify(res.body)}`);
};
