import { api } from './api-client';
import { fixtureZip, minimalZip } from './bundles';
import type { TestUser } from './fixtures';

/** Plugin factories for API tests. Plugin names are global, so every plugin gets a unique one. */

let counter = 0;
export const uniquePluginName = (base = 'plugin') =>
  `${base}-${Date.now().toString(36)}-${(counter += 1)}${Math.random().toString(36).slice(2, 6)}`;

/** PUTs the bytes to a presigned upload URL, as a client outside the API would. */
export const putToUploadUrl = async (upload: { url: string; headers: Record<string, string> }, bytes: Buffer): Promise<number> => {
  const res = await fetch(upload.url, { method: 'PUT', body: bytes, headers: { 'Content-Length': String(bytes.length) } });
  return res.status;
};

/** Creates the plugin, uploads the bundle and registers it; answers the plugin and the registration response. */
export const publishPlugin = async (user: TestUser, name: string, bundle: Buffer, headers: Record<string, string> = {}) => {
  const created = await api.post(
    '/api/plugins',
    { name, description: `The ${name} plugin`, size: bundle.length },
    { token: user.token, headers },
  );
  if (created.status !== 201) throw new Error(`plugin creation failed: ${JSON.stringify(created.body)}`);
  const { plugin, upload } = created.body.data;
  const status = await putToUploadUrl(upload, bundle);
  if (status !== 200) throw new Error(`upload failed with ${status}`);
  const registered = await api.post(`/api/plugins/${plugin.id}/versions`, { upload_id: upload.upload_id }, { token: user.token, headers });
  return { plugin: plugin as { id: string; name: string }, registered };
};

/** Uploads another bundle of an existing plugin and registers it. */
export const publishVersion = async (user: TestUser, pluginId: string, bundle: Buffer) => {
  const res = await api.post(`/api/plugins/${pluginId}/uploads`, { size: bundle.length }, { token: user.token });
  if (res.status !== 201) throw new Error(`upload URL failed: ${JSON.stringify(res.body)}`);
  await putToUploadUrl(res.body.data.upload, bundle);
  return api.post(`/api/plugins/${pluginId}/versions`, { upload_id: res.body.data.upload.upload_id }, { token: user.token });
};

/** A published plugin from the web-research fixture, renamed. */
export const aFixturePlugin = async (user: TestUser, changes: Record<string, unknown> = {}) => {
  const name = uniquePluginName('web-research');
  const { plugin, registered } = await publishPlugin(user, name, fixtureZip('web-research', { name, ...changes }));
  if (registered.status !== 201) throw new Error(`registration failed: ${JSON.stringify(registered.body)}`);
  return plugin;
};

/** A published plugin with only a manifest: for requirements and ordering. */
export const aMinimalPlugin = async (user: TestUser, manifest: Record<string, unknown> = {}, name = uniquePluginName()) => {
  const { plugin, registered } = await publishPlugin(user, name, minimalZip({ name, ...manifest }));
  if (registered.status !== 201) throw new Error(`registration failed: ${JSON.stringify(registered.body)}`);
  return plugin;
};

export const enablePlugin = async (user: TestUser, workspaceId: string, plugin: string, body: Record<string, unknown> = {}) =>
  api.put(`/api/workspaces/${workspaceId}/plugins/${plugin}`, body, { token: user.token });
