import { resolve } from 'node:path';
import { anOwner, runProgram } from './support';

const root = resolve(__dirname, '..', '..', '..');

describe('the TypeScript example', () => {
  it('lists, creates and executes exactly as written in examples/quickstart.mts', async () => {
    const owner = await anOwner();
    // The source condition runs the SDK from its TypeScript, so the example never sees a stale build.
    const run = await runProgram(process.execPath, ['--conditions=agent-platform-source', '--import', 'tsx', 'examples/quickstart.mts'], {
      cwd: root,
      env: {
        ...process.env,
        AGENT_PLATFORM_URL: process.env.API_URL,
        AGENT_PLATFORM_TOKEN: owner.token,
        AGENT_PLATFORM_WORKSPACE: owner.workspaceId,
      },
    });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('1 student agent(s) before; created research-assistant\ncompleted: Local answer to: Search for AI papers\n');
  });
});
