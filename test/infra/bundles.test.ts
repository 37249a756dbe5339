import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { routes } from '../../lambdas/http/routes';
import { bundleDir, functionEntries } from '../../lib/build/function-bundles';

/** DESIGN §7: per function, with the AWS SDK left to the runtime. */
const BUDGET_BYTES = 300 * 1024;

/**
 * The two functions that compile plugin authors' JSON Schemas, with ajv in both dialects and a
 * linear regex engine (re2js) for their patterns, which no other function needs. Registration also
 * reads zip and tar.gz bundles (yauzl, tar-stream) and runs once per published plugin version; a
 * tool call checks its input against the schema (and, as every function, logs and writes metrics). Both stay
 * far below DESIGN's 800 KiB ceiling.
 */
const LARGER_BUDGETS: Record<string, number> = { 'plugins-versions-register': 660 * 1024, 'flow-executions-call-tool': 380 * 1024 };

const bundles = functionEntries(routes).map((e) => ({ id: e.id, file: join(bundleDir(e.id), 'index.js'), budget: LARGER_BUDGETS[e.id] ?? BUDGET_BYTES }));

describe('function bundles (built once by the infra global setup)', () => {
  it.each(bundles)('$id stays within its budget ($budget bytes)', ({ file, budget }) => {
    expect(statSync(file).size).toBeLessThanOrEqual(budget);
  });

  it('leave the OpenAPI document to a file generated at build, not to code generating it at start', () => {
    const docs = readFileSync(join(bundleDir('docs-openapi'), 'index.js'), 'utf8');
    const aRouteSummary = routes.find((r) => r.handler === 'integrations/create')?.summary as string;
    expect(docs).not.toContain(aRouteSummary);
    const document = JSON.parse(readFileSync(join(bundleDir('docs-openapi'), 'openapi.json'), 'utf8'));
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/api/agents', '/api/workspaces/{ws}/integrations']));
  });

  it('leave the X-Ray SDK out of the code every cold start loads, in a file beside it that only traced functions require', () => {
    const health = readFileSync(join(bundleDir('health-get'), 'index.js'), 'utf8');
    expect(health).toContain('require("./tracer.js")');
    expect(health).not.toContain('aws-xray-sdk');
    expect(statSync(join(bundleDir('health-get'), 'tracer.js')).size).toBeGreaterThan(0);
  });

  it('leave the AWS SDK to the Lambda runtime and carry a source map', () => {
    const health = readFileSync(join(bundleDir('health-get'), 'index.js'), 'utf8');
    expect(health).toMatch(/require\("@aws-sdk\/client-dynamodb"\)/);
    expect(health).toMatch(/\/\/# sourceMappingURL=index\.js\.map\s*$/);
  });
});
