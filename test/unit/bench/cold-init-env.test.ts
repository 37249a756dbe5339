import { readFileSync } from 'node:fs';
import { sourceFilesUnder } from '../../support/source-files';
import { join } from 'node:path';
import { coldInitEnv } from '../../../bench/cold-init-env';

describe('the cold-init environment', () => {
  it('holds every variable a function requires, so no bundle is reported as failing to load for want of one', () => {
    const required = new Set(
      sourceFilesUnder(join(__dirname, '../../../lambdas')).flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(/requiredEnv\('([A-Z_]+)'\)/g)].map((m) => m[1] as string),
      ),
    );
    expect(required.size).toBeGreaterThan(10);
    const env = coldInitEnv({});
    expect([...required].filter((name) => !env[name])).toEqual([]);
  });
});
