import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { measureSdkSize } from '../../../bench/sdk-size';

const root = resolve(__dirname, '..', '..', '..');

describe('the SDK package', () => {
  it('has types that match a fresh generation from the current OpenAPI document', () => {
    const check = spawnSync(process.execPath, ['--import', 'tsx', 'packages/sdk/scripts/generate-types.ts', '--check'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });

  it('ships a client of at most 15 KiB gzipped', async () => {
    const size = await measureSdkSize();
    expect(size.gzip_kib).toBeLessThanOrEqual(size.budget_gzip_kib);
  });

  it('keeps Node-only code (zipping a directory) out of the client bundle and in the Node entry', async () => {
    const inputsOf = async (entry: string) => {
      const { metafile } = await build({
        entryPoints: [resolve(root, 'packages', 'sdk', 'src', entry)],
        bundle: true,
        format: 'esm',
        platform: 'node',
        write: false,
        metafile: true,
        logLevel: 'silent',
      });
      return Object.keys(metafile.inputs);
    };
    expect((await inputsOf('index.ts')).filter((input) => input.includes('/node/'))).toEqual([]);
    expect(await inputsOf('node.ts')).toContain('packages/sdk/src/node/zip.ts');
  });
});
