import { gzipSync } from 'node:zlib';
import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { assembleAgentContext } from '../../../../lambdas/use-cases/agents/assemble-context';
import { agentContextKey } from '../../../../lambdas/data/keys';
import { putPersona, updatePersona } from '../../../../lambdas/data/personas';
import { createPlugin, registerVersion } from '../../../../lambdas/data/plugins';
import { getAssignment, replaceAssignment } from '../../../../lambdas/data/plugins-assignments';
import { enablePlugin } from '../../../../lambdas/data/plugins-enablement';
import { ddb, tableName } from '../../../../lambdas/data/table';
import type { Agent } from '../../../../lambdas/domain/agents/model';
import { summarize } from '../../../../lambdas/domain/plugins/model';
import { newId } from '../../../../lambdas/domain/ids';
import { newPersona } from '../../../../lambdas/domain/personas';
import { readBundle } from '../../../../lambdas/domain/plugins/bundle-reader';
import { validateRelease } from '../../../../lambdas/domain/plugins/release';
import { fixtureZip } from '../../../support/bundles';

/** The assembled-context cache: used while nothing it is made of changed, never after. */

const now = new Date().toISOString();
const workspaceId = newId('ws');
const anAgent = (persona: string): Agent =>
  ({
    id: newId('agent'),
    workspace_id: workspaceId,
    version: 1,
    persona_id: persona,
    use_custom_persona: false,
    custom_persona_prompt: null,
    system_prompt: null,
    instruction_template: null,
  }) as Agent;

const cachedItem = async (agentId: string) =>
  (await ddb.send(new GetCommand({ TableName: tableName, Key: agentContextKey(agentId) }))).Item;

const setUp = async () => {
  const persona = newPersona({ name: 'P', system_prompt: 'Original.' }, { id: newId('psn'), workspaceId, createdBy: 'test', now });
  await putPersona(persona);
  const name = `cache-${persona.id.slice(-8).toLowerCase()}`;
  const plugin = {
    id: newId('plg'),
    name,
    description: 'D',
    workspace_id: workspaceId,
    created_by: 'test',
    created_at: now,
    updated_at: now,
    latest_version: null,
    latest: null,
    version: 1,
  };
  await createPlugin(plugin);
  const release = validateRelease(await readBundle(fixtureZip('web-research', { name })), name);
  const version = {
    plugin_id: plugin.id,
    version: '1.0.0',
    ...release,
    bundle: { key: 'k', format: 'zip' as const, bytes: 1, sha256: 'x', entries: 1, uncompressed_bytes: 1 },
    published_by: 'test',
    created_at: now,
  };
  await registerVersion(plugin, version);
  await enablePlugin(workspaceId, plugin, null, summarize(version), 'test', now);
  const agent = anAgent(persona.id);
  await replaceAssignment(agent, await getAssignment(agent), { pluginIds: [plugin.id], skills: [] }, 'test', now);
  return { agent, persona, plugin };
};

describe('the assembled context cache', () => {
  it('stores the context under a fingerprint and serves it while nothing changed', async () => {
    const { agent } = await setUp();
    const first = await assembleAgentContext(workspaceId, agent);
    const item = await cachedItem(agent.id);
    expect(item).toMatchObject({ fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/), expires_at: expect.any(Number) });
    // Mark the cached copy: only a cache hit can answer the mark.
    await ddb.send(
      new UpdateCommand({
        TableName: tableName,
        Key: agentContextKey(agent.id),
        UpdateExpression: 'SET context_gz = :gz',
        ExpressionAttributeValues: { ':gz': gzipSync(JSON.stringify({ ...first, system_prompt: 'from the cache' })) },
      }),
    );
    expect((await assembleAgentContext(workspaceId, agent)).system_prompt).toBe('from the cache');
  });

  it('reassembles when the persona changes, and when the agent changes', async () => {
    const { agent, persona } = await setUp();
    await assembleAgentContext(workspaceId, agent);
    await updatePersona(workspaceId, persona.id, 1, { system_prompt: 'Changed.', updated_at: now });
    expect((await assembleAgentContext(workspaceId, agent)).persona_prompt).toBe('Changed.');
    const changed = { ...agent, version: 2, system_prompt: 'New system prompt.' };
    expect((await assembleAgentContext(workspaceId, changed)).system_prompt).toBe('New system prompt.');
  });

  it('reassembles when the assignments change', async () => {
    const { agent } = await setUp();
    expect((await assembleAgentContext(workspaceId, agent)).tier1).toHaveLength(1);
    await replaceAssignment(agent, await getAssignment(agent, true), { pluginIds: [], skills: [] }, 'test', now);
    expect(await assembleAgentContext(workspaceId, agent)).toMatchObject({ tier1: [], tier2: [], tools: [], assignment_version: 2 });
  });

  it('trims a cached context to the budget asked, without storing the trimmed copy', async () => {
    const { agent } = await setUp();
    const full = await assembleAgentContext(workspaceId, agent);
    expect((await assembleAgentContext(workspaceId, agent, { maxTokens: 1 })).tier2).toEqual([]);
    expect((await assembleAgentContext(workspaceId, agent)).tier2).toEqual(full.tier2);
  });
});
