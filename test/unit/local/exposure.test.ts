import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { exposureRefusal, isLoopbackHost } from '../../../local/exposure';

describe('where the local runtime may listen', () => {
  it.each(['127.0.0.1', '127.1.2.3', 'localhost', '::1', '[::1]'])('starts on the loopback host %s', (host) => {
    expect(isLoopbackHost(host)).toBe(true);
    expect(exposureRefusal(host, false)).toBeNull();
  });

  it.each(['0.0.0.0', '::', '192.168.1.10', 'my-laptop.example.com', '::ffff:10.0.0.1'])(
    'refuses %s, which would expose the token endpoint and /__aws/* to the network, naming --unsafe-expose',
    (host) => {
      expect(exposureRefusal(host, false)).toEqual(expect.stringContaining('--unsafe-expose'));
    },
  );

  it('starts on a non-loopback host when --unsafe-expose is given', () => {
    expect(exposureRefusal('0.0.0.0', true)).toBeNull();
  });

  it('keeps the --data directory out of git', () => {
    const root = join(__dirname, '..', '..', '..');
    expect(execFileSync('git', ['check-ignore', 'data/dynamodb/shared-local-instance.db'], { cwd: root }).toString().trim()).toBe(
      'data/dynamodb/shared-local-instance.db',
    );
  });

  it('ignores only the top-level data directory, never the code and tests in folders named data', () => {
    const root = join(__dirname, '..', '..', '..');
    for (const path of ['lambdas/data/new-repository.ts', 'test/unit/data/new-repository.test.ts']) {
      expect(spawnSync('git', ['check-ignore', path], { cwd: root }).status).toBe(1);
    }
  });
});
