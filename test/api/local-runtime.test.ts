import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { decodeJwt } from 'jose';
import { freePort } from '../../local/free-port';
import { startRuntime, stopRuntime } from '../support/start-runtime';

const run = promisify(execFile);
const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const documentClient = (endpoint: string) =>
  DynamoDBDocumentClient.from(
    new DynamoDBClient({ endpoint, region: 'us-east-1', credentials: { accessKeyId: 'x', secretAccessKey: 'x' } }),
  );

/** What a new user sees calling /api/health from the moment `npm start` is launched until it answers 200. */
const healthWhileStarting = async (url: string, deadline: number) => {
  const answers: { status: number; retryAfter: string | null; code?: string }[] = [];
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`${url}/api/health`);
      const body = (await res.json()) as { error?: { code: string } };
      answers.push({ status: res.status, retryAfter: res.headers.get('retry-after'), code: body.error?.code });
      if (res.status === 200) return answers;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`/api/health never answered 200: ${JSON.stringify(answers)}`);
};

describe('the local runtime (npm start)', () => {
  it('while starting it answers 503 SERVICE_UNAVAILABLE with Retry-After: 1, ' +
    'and prints the ready line before any access-log line', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, ['--import', 'tsx', 'local/main.ts', '--port', String(port)], {
      cwd: join(__dirname, '..', '..'),
      env: { ...process.env, POWERTOOLS_LOG_LEVEL: 'ERROR' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    try {
      const answers = await healthWhileStarting(`http://127.0.0.1:${port}`, Date.now() + 60_000);
      expect(answers.some((a) => a.status === 503)).toBe(true);
      expect(answers.slice(0, -1).filter((a) => a.status !== 503 || a.retryAfter !== '1' || a.code !== 'SERVICE_UNAVAILABLE')).toEqual([]);
      const lines = output.split('\n');
      const ready = lines.findIndex((l) => l.includes('Agent Platform ready at'));
      const firstAccess = lines.findIndex((l) => l.startsWith('GET /api/health'));
      expect(ready).toBeGreaterThanOrEqual(0);
      expect(firstAccess).toBeGreaterThan(ready);
    } finally {
      await stopRuntime(child);
    }
  }, 90_000);

  it('keeps data across restarts with --data and leaves no DynamoDB Local process behind on SIGTERM', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'agent-platform-data-'));
    try {
      const first = await startRuntime(['--data', dataDir]);
      await documentClient(first.dynamoEndpoint).send(
        new PutCommand({ TableName: 'agent-platform-local', Item: { PK: 'TEST#persist', SK: 'ITEM', value: 42 } }),
      );
      expect(await stopRuntime(first.child)).toBe(0);
      expect(isAlive(first.dynamoPid)).toBe(false);

      const second = await startRuntime(['--data', dataDir]);
      try {
        const { Item } = await documentClient(second.dynamoEndpoint).send(
          new GetCommand({ TableName: 'agent-platform-local', Key: { PK: 'TEST#persist', SK: 'ITEM' } }),
        );
        expect(Item?.value).toBe(42);
        const health = await fetch(`${second.url}/api/health`);
        expect(health.status).toBe(200);
      } finally {
        expect(await stopRuntime(second.child)).toBe(0);
      }
      expect(isAlive(second.dynamoPid)).toBe(false);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 90_000);

  it('refuses to start on a non-loopback --host, which would expose the token endpoint and /__aws/*, unless --unsafe-expose', async () => {
    await expect(startRuntime(['--host', '0.0.0.0'])).rejects.toThrow(/not a loopback address[\s\S]*--unsafe-expose/);
  }, 90_000);

  it('npm run token prints exactly one line: a JWT for the given email from the dev issuer', async () => {
    const { stdout } = await run('npm', ['run', 'token', '--', '--email', 'Alice@Example.com', '--platform-admin'], {
      cwd: join(__dirname, '..', '..'),
    });
    const lines = stdout.split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    const claims = decodeJwt(lines[0] as string);
    expect(claims).toMatchObject({
      email: 'alice@example.com',
      email_verified: true,
      'cognito:groups': ['platform_admin'],
      iss: 'urn:agent-platform:local-idp',
    });
  }, 30_000);

  it('npm run token --unverified mints a token whose email is not verified', async () => {
    const { stdout } = await run('npm', ['run', 'token', '--', '--email', 'eve@example.com', '--unverified'], {
      cwd: join(__dirname, '..', '..'),
    });
    expect(decodeJwt(stdout.trim())).toMatchObject({ email: 'eve@example.com', email_verified: false });
  }, 30_000);

  it('POST /local/token mints a token and its JWKS is served for the authorizer', async () => {
    const minted = await fetch(`${process.env.API_URL}/local/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'bob@example.com', sub: 'user_bob' }),
    });
    expect(minted.status).toBe(200);
    const { data } = (await minted.json()) as { data: { token: string } };
    expect(decodeJwt(data.token)).toMatchObject({ sub: 'user_bob', email_verified: true });
    const jwks = (await (await fetch(`${process.env.API_URL}/.well-known/jwks.json`)).json()) as { keys: { kty: string; alg: string }[] };
    expect(jwks.keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256' });
  });

  it('a run waiting for approval when it stops is resumed when it starts again with --data: approving it completes the run', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'agent-platform-data-'));
    const call = async <T>(url: string, path: string, token: string, body?: unknown): Promise<{ status: number; data: T }> => {
      const init = {
        method: body === undefined ? 'GET' : 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      };
      const res = await fetch(`${url}${path}`, body === undefined ? init : { ...init, body: JSON.stringify(body) });
      return { status: res.status, data: ((await res.json()) as { data: T }).data };
    };
    const statusOf = async (url: string, pollUrl: string, token: string, wanted: string) => {
      const deadline = Date.now() + 30_000;
      let status = '';
      while ((status = (await call<{ status: string }>(url, pollUrl, token)).data.status) !== wanted && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 50));
      return status;
    };
    try {
      const first = await startRuntime(['--data', dataDir]);
      const minted = await fetch(`${first.url}/local/token`, {
        method: 'POST',
        body: JSON.stringify({ email: 'held-restart@example.com' }),
      });
      const { token } = ((await minted.json()) as { data: { token: string } }).data;
      await call(first.url, '/api/workspaces', token, { name: 'Held restart' });
      const agent = (await call<{ agent: { id: string } }>(first.url, '/api/agents', token, { name: 'Held', maturity_level: 'supervised' }))
        .data.agent;
      const task = 'Save it [[tool:files.write {"path":"held.txt","content":"hello"}]]';
      const started = (await call<{ poll_url: string }>(first.url, `/api/agents/${agent.id}/execute`, token, { task, mode: 'async' })).data;
      expect(await statusOf(first.url, started.poll_url, token, 'awaiting_approval')).toBe('awaiting_approval');
      expect(await stopRuntime(first.child)).toBe(0);

      const second = await startRuntime(['--data', dataDir]);
      try {
        expect(await statusOf(second.url, started.poll_url, token, 'awaiting_approval')).toBe('awaiting_approval');
        expect((await call(second.url, `${started.poll_url}/approve`, token, {})).status).toBe(200);
        expect(await statusOf(second.url, started.poll_url, token, 'completed')).toBe('completed');
        const { data } = await call<{ steps: { type: string; tool?: string }[] }>(second.url, started.poll_url, token);
        expect(data.steps.filter((step) => step.tool === 'files.write').map((step) => step.type)).toEqual(['approval', 'tool']);
      } finally {
        expect(await stopRuntime(second.child)).toBe(0);
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 180_000);

  it('runs in flight when it stops are ended failed, with their slot back, when it starts again with --data', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'agent-platform-data-'));
    try {
      const first = await startRuntime(['--data', dataDir]);
      const call = async <T>(path: string, token: string, body?: unknown): Promise<T> => {
        const init = {
          method: body === undefined ? 'GET' : 'POST',
          headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        };
        const res = await fetch(`${first.url}${path}`, body === undefined ? init : { ...init, body: JSON.stringify(body) });
        return ((await res.json()) as { data: T }).data;
      };
      const minted = await fetch(`${first.url}/local/token`, { method: 'POST', body: JSON.stringify({ email: 'restart@example.com' }) });
      const { token } = ((await minted.json()) as { data: { token: string } }).data;
      const workspaceId = (await call<{ workspace: { id: string } }>('/api/workspaces', token, { name: 'Restart' })).workspace.id;
      const agent = (await call<{ agent: { id: string } }>('/api/agents', token, { name: 'Restarted' })).agent;
      const started = await call<{ execution_id: string; poll_url: string }>(`/api/agents/${agent.id}/execute`, token, {
        task: 'Long [[slow:60000]]',
        mode: 'async',
      });
      const deadline = Date.now() + 30_000;
      while ((await call<{ status: string }>(started.poll_url, token)).status !== 'in_progress' && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 50));
      expect(await stopRuntime(first.child)).toBe(0);

      const second = await startRuntime(['--data', dataDir]);
      try {
        const res = await fetch(`${second.url}${started.poll_url}`, { headers: { Authorization: `Bearer ${token}` } });
        const { data } = (await res.json()) as { data: { status: string; error: { message: string } } };
        expect(data).toMatchObject({
          status: 'failed',
          error: { code: 'INTERNAL', message: expect.stringContaining('the local runtime stopped') },
        });
        const { Item } = await documentClient(second.dynamoEndpoint).send(
          new GetCommand({ TableName: 'agent-platform-local', Key: { PK: `WS#${workspaceId}`, SK: 'COUNT#EXECUTIONS' } }),
        );
        expect(Item?.running).toBe(0);
      } finally {
        expect(await stopRuntime(second.child)).toBe(0);
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 180_000);
});
