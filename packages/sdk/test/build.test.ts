import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { measureSdkSize } from '../../../bench/sdk-size';

const root = resolve(__dirname, '..', '..', '..');

describe('the SDK package', () => {
  it('has types that match a fresh generation from the current OpenAPI document', () => {
    const check = spawnSync(process.execPath, ['--import', 'tsx', 'packages/sdk/scripts/generate-types.ts', '--check'], { cwd: root, encoding: 'utf8' });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });

  it('ships a client of at most 15 KiB gzipped', async () => {
    const size = await measureSdkSize();
    expect(size.gzip_kib).toBeLessThanOrEqual(size.budget_gzip_kib);
  });
});
