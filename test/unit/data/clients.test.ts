import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The data layer's SDK clients are built in one module, with one set of options each. */

const dataDir = join(__dirname, '../../../lambdas/data');

describe('data layer clients', () => {
  it('are built only in clients.ts (and the table client in table.ts)', () => {
    const builders = readdirSync(dataDir)
      .filter((name) => name.endsWith('.ts') && !['clients.ts', 'table.ts'].includes(name))
      .filter((name) => /new [A-Za-z]+Client\(/.test(readFileSync(join(dataDir, name), 'utf8')));
    expect(builders).toEqual([]);
  });
});
