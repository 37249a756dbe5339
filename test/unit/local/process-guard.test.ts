import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = resolve(__dirname, '..', '..', '..');

/** A process of its own: an unhandled rejection is what ends one, so the test must not be that process. */
const script = (guarded: boolean) => `
  const { keepServingOnUnhandledRejection } = require('./local/process-guard.ts');
  ${guarded ? 'keepServingOnUnhandledRejection((line) => console.log(line));' : ''}
  Promise.reject(new Error('a held step timer nobody awaited'));
  setTimeout(() => console.log('still serving'), 20);
`;

describe('the local runtime process guard', () => {
  it('an unhandled rejection is logged and the process keeps serving', async () => {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', '-e', script(true)], { cwd: root });
    expect(stdout).toContain('unhandled rejection, still serving: Error: a held step timer nobody awaited');
    expect(stdout).toContain('still serving\n');
  });

  it('without it, the same rejection ends the process (what killed npm start)', async () => {
    await expect(run(process.execPath, ['--import', 'tsx', '-e', script(false)], { cwd: root })).rejects.toMatchObject({ code: 1 });
  });
});
