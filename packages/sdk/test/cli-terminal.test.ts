import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { uniquePluginName } from '../../../test/support/plugins';
import { anOwner, type Owner, runProgram } from './support';

/**
 * The `agent-platform` binary in a pseudo-terminal, as a person at a terminal sees it: util-linux's
 * `script` gives it a TTY and passes its exit code back (`-e`).
 */

const bin = resolve(__dirname, '..', 'bin', 'agent-platform.js');
const available = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
const ESC = '\u001b[';

jest.setTimeout(120_000);

const quoted = (word: string) => `'${word.replace(/'/g, `'\\''`)}'`;

const inTerminal = async (args: string[], owner: Owner, env: Record<string, string | undefined> = {}) => {
  const {
    AGENT_PLATFORM_URL: _u,
    AGENT_PLATFORM_TOKEN: _t,
    AGENT_PLATFORM_API_KEY: _k,
    AGENT_PLATFORM_WORKSPACE: _w,
    NO_COLOR: _n,
    ...base
  } = process.env;
  const command = [process.execPath, bin, ...args].map(quoted).join(' ');
  const run = await runProgram('script', ['-qefc', command, '/dev/null'], {
    env: {
      ...base,
      AGENT_PLATFORM_URL: process.env.API_URL,
      AGENT_PLATFORM_TOKEN: owner.token,
      AGENT_PLATFORM_WORKSPACE: owner.workspaceId,
      AGENT_PLATFORM_CONFIG_DIR: mkdtempSync(join(tmpdir(), 'ap-tty-')),
      ...env,
    },
  });
  // A terminal ends lines with CRLF; the CLI's own carriage returns redraw the progress line.
  return { code: run.status, screen: run.stdout.replace(/\r\n/g, '\n') };
};

const suite = available ? describe : describe.skip;

suite(available ? 'the CLI in a terminal' : 'the CLI in a terminal (skipped: util-linux `script` is not on PATH)', () => {
  let owner: Owner;
  beforeAll(async () => {
    owner = await anOwner();
    await owner.client().agents.create({ name: 'research' });
  });

  it('redraws one coloured progress line in place, then prints the result in green and exits 0', async () => {
    const run = await inTerminal(['agents', 'run', 'research', 'Search for AI papers', '--follow'], owner);
    expect(run.code).toBe(0);
    expect(run.screen).toMatch(new RegExp(`${ESC.replace('[', '\\[')}2m\\[#+\\] 100% completed`));
    expect(run.screen).toContain(`${ESC}32mcompleted${ESC}0m`);
    expect(run.screen).toContain('Search for AI papers');
    // The bar is redrawn in place: after each carriage return only the rest of the line stays visible.
    const visible = run.screen.split('\n').map((line) => line.slice(line.lastIndexOf('\r') + 1));
    expect(visible.filter((line) => line.includes('% ')).length).toBe(1);
  });

  it('redraws the upload bar of plugins publish in place as the bytes go, then says it published', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ap-tty-plugin-'));
    cpSync(resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'plugins', 'web-research'), dir, { recursive: true });
    const name = uniquePluginName('tty-plugin');
    writeFileSync(
      join(dir, 'plugin.json'),
      JSON.stringify({ ...(JSON.parse(readFileSync(join(dir, 'plugin.json'), 'utf8')) as object), name }),
    );
    // Incompressible, so the bundle spans several of the upload's 64 KiB chunks.
    writeFileSync(join(dir, 'notes.md'), randomBytes(384 * 1024).toString('base64'));
    const run = await inTerminal(['plugins', 'publish', dir], owner);
    expect(run.code).toBe(0);
    const percents = [...run.screen.matchAll(/\] +(\d+)% uploading/g)].map((m) => Number(m[1]));
    expect(percents[0]).toBe(0);
    expect(percents.at(-1)).toBe(100);
    expect(new Set(percents).size).toBeGreaterThanOrEqual(4);
    const visible = run.screen.split('\n').map((line) => line.slice(line.lastIndexOf('\r') + 1));
    expect(visible.filter((line) => line.includes('% uploading'))).toEqual([expect.stringContaining('100% uploading')]);
    expect(run.screen).toContain(`${ESC}32mPublished${ESC}0m ${name} 1.0.0`);
  });

  it('prints tables with a bold header on a terminal', async () => {
    const run = await inTerminal(['agents', 'list'], owner);
    expect(run.code).toBe(0);
    expect(run.screen).toMatch(new RegExp(`^${ESC.replace('[', '\\[')}1mID\\s+SLUG\\s+NAME`));
  });

  it('writes no colour on a terminal when NO_COLOR is set', async () => {
    const run = await inTerminal(['agents', 'list'], owner, { NO_COLOR: '1' });
    expect(run.code).toBe(0);
    expect(run.screen).toMatch(/^ID\s+SLUG\s+NAME/);
    expect(run.screen).not.toContain(ESC);
  });

  it('exits with the not-found code through the terminal for an unknown agent', async () => {
    const run = await inTerminal(['agents', 'get', 'no-such-agent'], owner);
    expect(run.code).toBe(6);
    expect(run.screen).toContain('AGENT_NOT_FOUND');
  });
});
