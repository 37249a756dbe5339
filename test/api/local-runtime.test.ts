import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { decodeJwt } from 'jose';
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
  DynamoDBDocumentClient.from(new DynamoDBClient({ endpoint, region: 'us-east-1', credentials: { accessKeyId: 'x', secretAccessKey: 'x' } }));

describe('the local runtime (npm start)', () => {
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
    expect(claims).toMatchObject({ email: 'alice@example.com', email_verified: true, 'cognito:groups': ['platform_admin'], iss: 'urn:agent-platform:local-idp' });
  }, 30_000);

  it('npm run token --unverified mints a token whose email is not verified', async () => {
    const { stdout } = await run('npm', ['run', 'token', '--', '--email', 'eve@example.com', '--unverified'], { cwd: join(__dirname, '..', '..') });
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
});
