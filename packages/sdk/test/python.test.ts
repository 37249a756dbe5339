import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { anOwner, runProgram } from './support';

/** The Python SDK's own unittest suite and the seed's Python example, run with python3 against the test runtime. */

const root = resolve(__dirname, '..', '..', '..');
const pythonDir = join(root, 'packages', 'python');
const python = spawnSync('python3', ['-c', 'import sys; print(sys.version_info >= (3, 9))'], { encoding: 'utf8' });
const available = python.status === 0 && python.stdout.trim() === 'True';
const suite = available ? describe : describe.skip;

suite(available ? 'the Python SDK' : 'the Python SDK (skipped: python3 3.9 or newer is not on PATH)', () => {
  it('passes its unittest suite against the local runtime', async () => {
    const run = await runProgram('python3', ['-m', 'unittest', '-v'], {
      cwd: pythonDir,
      env: { ...process.env, AGENT_PLATFORM_URL: process.env.API_URL },
    });
    if (run.status !== 0) throw new Error(`python3 -m unittest failed:\n${run.stderr}${run.stdout}`);
    expect(run.stderr).toMatch(/\nOK\n?$/);
  }, 300_000);

  it('lists, creates and executes exactly as written in examples/quickstart.py', async () => {
    const owner = await anOwner();
    const run = await runProgram('python3', ['examples/quickstart.py'], {
      cwd: root,
      env: {
        ...process.env,
        PYTHONPATH: pythonDir,
        AGENT_PLATFORM_URL: process.env.API_URL,
        AGENT_PLATFORM_TOKEN: owner.token,
        AGENT_PLATFORM_WORKSPACE: owner.workspaceId,
      },
    });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('1 student agent(s) before; created research-assistant\ncompleted: Local answer to: Search for AI papers\n');
  }, 60_000);
});
