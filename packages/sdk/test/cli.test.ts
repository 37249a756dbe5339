import { cpSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { uniquePluginName } from '../../../test/support/plugins';
import { anOwner, type Owner, runProgram } from './support';

/** The `agent-platform` binary, spawned as a user would run it, against the test runtime. */

const bin = resolve(__dirname, '..', 'bin', 'agent-platform.js');

// Each test spawns the binary several times, and each start compiles the CLI from source.
jest.setTimeout(120_000);

const cli = (args: string[], env: Record<string, string | undefined> = {}) => {
  const {
    AGENT_PLATFORM_URL: _u,
    AGENT_PLATFORM_TOKEN: _t,
    AGENT_PLATFORM_API_KEY: _k,
    AGENT_PLATFORM_WORKSPACE: _w,
    ...base
  } = process.env;
  return runProgram(process.execPath, [bin, ...args], { env: { ...base, NO_COLOR: undefined, ...env } }).then(({ status, ...output }) => ({
    code: status,
    ...output,
  }));
};

const as = (owner: Owner) => ({
  AGENT_PLATFORM_URL: process.env.API_URL,
  AGENT_PLATFORM_TOKEN: owner.token,
  AGENT_PLATFORM_WORKSPACE: owner.workspaceId,
  AGENT_PLATFORM_CONFIG_DIR: mkdtempSync(join(tmpdir(), 'ap-cli-')),
});

describe('the agent-platform CLI', () => {
  let owner: Owner;
  beforeAll(async () => {
    owner = await anOwner();
  });

  it('prints help for every command and exits 0, and exits 2 on an unknown command', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('agents run <agent> "<task>"');
    expect(help.stdout).toContain('Exit codes:');
    const run = await cli(['agents', 'run', '--help']);
    expect(run).toMatchObject({ code: 0, stdout: expect.stringContaining('--follow') });
    const unknown = await cli(['agents', 'frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command: agents frobnicate');
  });

  it('logs in, storing the credentials in a file only its owner can read, and uses them', async () => {
    const configDir = mkdtempSync(join(tmpdir(), 'ap-cli-'));
    const login = await cli(['login', '--token', owner.token, '--url', process.env.API_URL as string], {
      AGENT_PLATFORM_CONFIG_DIR: configDir,
    });
    expect(login.code).toBe(0);
    expect(login.stdout).toContain('Logged in');
    const file = join(configDir, 'config.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ token: owner.token, baseUrl: process.env.API_URL });
    const use = await cli(['workspaces', 'use', owner.workspaceId], { AGENT_PLATFORM_CONFIG_DIR: configDir });
    expect(use.code).toBe(0);
    const list = await cli(['workspaces', 'list', '--json'], { AGENT_PLATFORM_CONFIG_DIR: configDir });
    expect((JSON.parse(list.stdout) as Array<{ id: string }>).map((w) => w.id)).toContain(owner.workspaceId);
  });

  it('creates, lists, updates, starts, stops and deletes agents, as a table or as JSON', async () => {
    const env = as(owner);
    const created = await cli(['agents', 'create', '--name', 'Cli Agent', '--maturity', 'student', '--json'], env);
    expect(created.code).toBe(0);
    const agent = JSON.parse(created.stdout) as { id: string; slug: string };
    const table = await cli(['agents', 'list'], env);
    expect(table.stdout.split('\n')[0]).toMatch(/^ID\s+SLUG\s+NAME/);
    expect(table.stdout).toContain('cli-agent');
    expect(table.stdout).not.toContain('\u001b[');
    expect((await cli(['agents', 'update', agent.slug, '--description', 'from the CLI'], env)).stdout).toMatch(
      /description\s+from the CLI/,
    );
    expect((await cli(['agents', 'start', agent.slug], env)).code).toBe(0);
    expect((await cli(['agents', 'stop', agent.slug], env)).code).toBe(0);
    expect((await cli(['agents', 'delete', agent.slug], env)).code).toBe(0);
    const gone = await cli(['agents', 'get', agent.id], env);
    expect(gone.code).toBe(6);
    expect(gone.stderr).toContain('AGENT_NOT_FOUND');
  });

  it('runs a task showing its progress and steps, then the result', async () => {
    const env = as(owner);
    await cli(['agents', 'create', '--name', 'research'], env);
    const run = await cli(['agents', 'run', 'research', 'Search for AI papers', '--follow'], env);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/\[#+\] 100% completed/);
    expect(run.stdout).toContain('1. model: Local answer to: Search for AI papers');
    expect(run.stdout.trimEnd().split('\n').at(-1)).toContain('Search for AI papers');
    const logs = await cli(['logs', 'research'], env);
    expect(logs.stdout).toContain('agent.executed');
  });

  it('holds a risky step for approval (exit 11), then approves and watches it to the end', async () => {
    const env = as(owner);
    await cli(['agents', 'create', '--name', 'writer', '--maturity', 'supervised'], env);
    const task = 'Save it [[tool:files.write {"path":"cli.txt","content":"hi"}]]';
    const started = await cli(['agents', 'run', 'writer', task, '--async'], env);
    expect(started.stdout.trim()).toMatch(/^exec_/);
    const held = await cli(['executions', 'watch', 'writer', started.stdout.trim()], env);
    expect(held.code).toBe(11);
    expect(held.stdout).toContain('awaiting approval: agent-platform executions approve');
    expect((await cli(['executions', 'approve', 'writer', started.stdout.trim()], env)).code).toBe(0);
    const watched = await cli(['executions', 'watch', 'writer', started.stdout.trim(), '--json'], env);
    expect(watched.code).toBe(0);
    expect(JSON.parse(watched.stdout)).toMatchObject({ status: 'completed' });
  });

  it('rejects a held step with a comment, and the run ends failed', async () => {
    const env = as(owner);
    await cli(['agents', 'create', '--name', 'scribe', '--maturity', 'supervised'], env);
    const started = await cli(['agents', 'run', 'scribe', 'Save it [[tool:files.write {"path":"no.txt","content":"no"}]]', '--async'], env);
    const id = started.stdout.trim();
    expect((await cli(['executions', 'watch', 'scribe', id], env)).code).toBe(11);
    const rejected = await cli(['executions', 'reject', 'scribe', id, '--comment', 'not that file'], env);
    expect(rejected.code).toBe(0);
    expect(rejected.stdout).toContain(`Rejected ${id}`);
    const watched = await cli(['executions', 'watch', 'scribe', id, '--json'], env);
    expect(JSON.parse(watched.stdout)).toMatchObject({ status: 'failed', error: { code: 'APPROVAL_REJECTED' } });
  });

  it('exits with the code of the error family: 3 invalid, 4 unauthenticated', async () => {
    const invalid = await cli(['agents', 'create', '--name', ''], as(owner));
    expect(invalid.code).toBe(3);
    expect(invalid.stderr).toMatch(/INVALID_INPUT[\s\S]*name:/);
    const refused = await cli(['agents', 'list'], { ...as(owner), AGENT_PLATFORM_TOKEN: 'not-a-token' });
    expect(refused.code).toBe(4);
  });

  it('zips, uploads and registers a plugin folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ap-plugin-'));
    cpSync(resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'plugins', 'web-research'), dir, { recursive: true });
    const manifest = JSON.parse(readFileSync(join(dir, 'plugin.json'), 'utf8')) as Record<string, unknown>;
    const name = uniquePluginName('cli-plugin');
    writeFileSync(join(dir, 'plugin.json'), JSON.stringify({ ...manifest, name }));
    const published = await cli(['plugins', 'publish', dir], as(owner));
    expect(published.code).toBe(0);
    expect(published.stdout).toContain(`Published ${name} 1.0.0`);
  });
});
