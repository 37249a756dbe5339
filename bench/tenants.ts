/**
 * Bench tenants over the local platform's HTTP API, as a client would make them: a user (a dev
 * token), their workspace, and its tier (set by a platform operator).
 */

export interface Tenant {
  email: string;
  token: string;
  workspaceId: string;
}

/** A JSON call as a client makes it; anything but 2xx throws with the answer. */
export const post = async (url: string, body: unknown, token?: string, method = 'POST') => {
  const res = await fetch(url, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const json = (await res.json()) as { data?: Record<string, Record<string, string>> & { token?: string } };
  if (!res.ok) throw new Error(`${method} ${url} answered ${res.status}: ${JSON.stringify(json)}`);
  return json.data ?? {};
};

export const devToken = async (apiUrl: string, email: string, platformAdmin = false): Promise<string> =>
  String((await post(`${apiUrl}/local/token`, { email, platform_admin: platformAdmin })).token);

export const aTenant = async (apiUrl: string, name: string, tier: string, operatorToken: string): Promise<Tenant> => {
  const email = `${name}-${Date.now().toString(36)}@bench.example.com`;
  const token = await devToken(apiUrl, email);
  const workspaceId = String((await post(`${apiUrl}/api/workspaces`, { name }, token)).workspace?.id);
  await post(`${apiUrl}/api/workspaces/${workspaceId}`, { tier }, operatorToken, 'PATCH');
  return { email, token, workspaceId };
};
