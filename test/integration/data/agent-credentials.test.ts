import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { changeAgentCredentials, readAgentCredentials } from '../../../lambdas/data/agent-credentials';
import { agentObjectPrefix } from '../../../lambdas/data/avatars';
import { bucketName } from '../../../lambdas/data/bucket';
import { s3 } from '../../../lambdas/data/clients';
import { agentCredentialsKey } from '../../../lambdas/data/keys';
import { ddb, tableName } from '../../../lambdas/data/table';
import { api } from '../../support/api-client';
import { aContext, anEvent, aPrincipal } from '../../support/events';
import { aUser, aWorkspace } from '../../support/fixtures';

const SECRET = 'xoxb-17-never-in-plain-sight-4242';
const anAgentRef = () => ({ workspace_id: `ws_T${Date.now()}`, id: `agent_T${Math.random().toString(36).slice(2)}` });

const storedObjects = async (agent: { workspace_id: string; id: string }) =>
  (await s3().send(new ListObjectsV2Command({ Bucket: bucketName, Prefix: `${agentObjectPrefix(agent)}credentials/` }))).Contents ?? [];

describe('stored agent credentials', () => {
  it('are sealed at rest: neither the table item nor the object holds a value, yet they read back', async () => {
    const agent = anAgentRef();
    await changeAgentCredentials(agent, { kind: 'merge', values: { SLACK_TOKEN: SECRET } });
    const { Item } = await ddb.send(new GetCommand({ TableName: tableName, Key: agentCredentialsKey(agent.id) }));
    expect(JSON.stringify(Item)).not.toContain(SECRET);
    expect(Item?.wrapped_key).toMatch(/^(kms|local):/);
    const objects = await storedObjects(agent);
    expect(objects).toHaveLength(1);
    expect(await readAgentCredentials(agent.workspace_id, agent.id)).toEqual({ SLACK_TOKEN: SECRET });
  });

  it("do not open as another agent's: the data key is bound to its workspace and agent", async () => {
    const agent = anAgentRef();
    await changeAgentCredentials(agent, { kind: 'merge', values: { SLACK_TOKEN: SECRET } });
    const { Item } = await ddb.send(new GetCommand({ TableName: tableName, Key: agentCredentialsKey(agent.id) }));
    const impostor = anAgentRef();
    await ddb.send(
      new (await import('@aws-sdk/lib-dynamodb')).PutCommand({
        TableName: tableName,
        Item: { ...Item, ...agentCredentialsKey(impostor.id) },
      }),
    );
    await expect(readAgentCredentials(impostor.workspace_id, impostor.id)).rejects.toThrow();
  });

  it('keep one object per agent: a change deletes the object it supersedes', async () => {
    const agent = anAgentRef();
    await changeAgentCredentials(agent, { kind: 'merge', values: { A: '1' } });
    await changeAgentCredentials(agent, { kind: 'merge', values: { B: '2' } });
    await changeAgentCredentials(agent, { kind: 'remove', name: 'A' });
    expect(await storedObjects(agent)).toHaveLength(1);
    expect(await readAgentCredentials(agent.workspace_id, agent.id)).toEqual({ B: '2' });
  });

  it('of two concurrent changes, one lands and the other answers 409, never a lost update', async () => {
    const agent = anAgentRef();
    await changeAgentCredentials(agent, { kind: 'merge', values: { BASE: '0' } });
    const results = await Promise.allSettled([
      changeAgentCredentials(agent, { kind: 'merge', values: { LEFT: 'l' } }),
      changeAgentCredentials(agent, { kind: 'merge', values: { RIGHT: 'r' } }),
    ]);
    const landed = results.filter((r) => r.status === 'fulfilled');
    const stored = await readAgentCredentials(agent.workspace_id, agent.id);
    expect(landed.length).toBeGreaterThanOrEqual(1);
    expect(Object.keys(stored).length).toBe(1 + landed.length);
    for (const r of results) if (r.status === 'rejected') expect((r.reason as { code: string }).code).toBe('CONCURRENT_MODIFICATION');
  });

  it('never reach a log line, even at DEBUG', async () => {
    const owner = await aUser('owner');
    const ws = await aWorkspace(owner);
    const agentId = (await api.post('/api/agents', { name: 'Logged' }, { token: owner.token, headers: { 'X-Workspace-ID': ws } })).body.data
      .agent.id;
    const lines: string[] = [];
    const capture = (chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    };
    const stdout = jest.spyOn(process.stdout, 'write').mockImplementation(capture);
    const stderr = jest.spyOn(process.stderr, 'write').mockImplementation(capture);
    process.env.POWERTOOLS_LOG_LEVEL = 'DEBUG';
    try {
      await jest.isolateModulesAsync(async () => {
        const { handler } = await import('../../../lambdas/http/credentials/inject');
        const principal = aPrincipal({ workspace_id: ws, email: owner.email, role: 'owner' });
        const event = {
          ...anEvent({ principal, body: JSON.stringify({ credentials: { SLACK_TOKEN: SECRET } }) }),
          pathParameters: { agent: agentId },
        };
        const ok = await handler(event, aContext());
        const refused = await handler({ ...event, body: JSON.stringify({ credentials: { bad_name: SECRET } }) }, aContext());
        expect([ok.statusCode, refused.statusCode]).toEqual([200, 400]);
        expect(ok.body + refused.body).not.toContain(SECRET);
      });
    } finally {
      stdout.mockRestore();
      stderr.mockRestore();
      process.env.POWERTOOLS_LOG_LEVEL = 'ERROR';
    }
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.join('')).not.toContain(SECRET);
  });
});
