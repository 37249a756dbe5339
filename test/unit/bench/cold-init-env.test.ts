import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { coldInitEnv } from '../../../bench/cold-init-env';

const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );

describe('the cold-init environment', () => {
  it('holds every variable a function requires, so no bundle is reported as failing to load for want of one', () => {
    const required = new Set(
      sources(join(__dirname, '../../../lambdas')).flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(/requiredEnv\('([A-Z_]+)'\)/g)].map((m) => m[1] as string),
      ),
    );
    expect(required.size).toBeGreaterThan(10);
    const env = coldInitEnv({});
    expect([...required].filter((name) => !env[name])).toEqual([]);
  });
});
