import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { uniquePluginName } from '../../../test/support/plugins';
import { AgentPlatform as PortableClient } from '../src';
import { AgentPlatform } from '../src/node';
import { anOwner } from './support';

/** `plugins.publish(dir)`: the Node entry zips a directory; the portable (browser) client asks for bytes instead. */

const aPluginFolder = (name: string): string => {
  const dir = mkdtempSync(join(tmpdir(), 'ap-sdk-plugin-'));
  cpSync(resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'plugins', 'web-research'), dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'plugin.json'), 'utf8')) as Record<string, unknown>;
  writeFileSync(join(dir, 'plugin.json'), JSON.stringify({ ...manifest, name }));
  return dir;
};

describe('publishing a plugin from a directory', () => {
  it('zips the directory, uploads and registers it as the plugin version its manifest names, with the Node entry', async () => {
    const owner = await anOwner();
    const client = new AgentPlatform({ baseUrl: process.env.API_URL, token: owner.token, workspaceId: owner.workspaceId });
    const name = uniquePluginName('sdk-dir-plugin');
    const version = await client.plugins.publish(aPluginFolder(name), { name, description: 'From a directory' });
    expect(version).toMatchObject({ version: '1.0.0', plugin_id: expect.any(String) });
    const listed = await fetch(`${process.env.API_URL}/api/plugins/${name}`, {
      headers: { authorization: `Bearer ${owner.token}`, 'x-workspace-id': owner.workspaceId },
    });
    expect(listed.status).toBe(200);
  });

  it('refuses a directory in the portable client, before any request, saying to pass the bytes', async () => {
    const calls: string[] = [];
    const client = new PortableClient({
      baseUrl: 'http://127.0.0.1:9',
      token: 't',
      fetch: async (input) => (calls.push(String(input)), new Response(null, { status: 500 })),
    });
    await expect(client.plugins.publish('/some/dir', { name: 'p', description: 'd' })).rejects.toThrow(
      /needs Node .* pass the bundle's bytes/,
    );
    expect(calls).toEqual([]);
  });
});
