import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { routes } from '../../lambdas/http/routes';
import { bundleDir, functionEntries } from '../../lib/build/function-bundles';

/** DESIGN §7: per function, with the AWS SDK left to the runtime. */
const BUDGET_BYTES = 300 * 1024;

const bundles = functionEntries(routes).map((e) => ({ id: e.id, file: join(bundleDir(e.id), 'index.js') }));

describe('function bundles (built once by the infra global setup)', () => {
  it.each(bundles)('$id stays within the 300 KiB budget', ({ file }) => {
    expect(statSync(file).size).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it('leave the AWS SDK to the Lambda runtime and carry a source map', () => {
    const health = readFileSync(join(bundleDir('health-get'), 'index.js'), 'utf8');
    expect(health).toMatch(/require\("@aws-sdk\/client-dynamodb"\)/);
    expect(health).toMatch(/\/\/# sourceMappingURL=index\.js\.map\s*$/);
  });
});
