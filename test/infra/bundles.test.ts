import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { routes } from '../../lambdas/http/routes';
import { bundleBudgetKib } from '../../lib/build/bundle-budget';
import { bundleDir, functionEntries } from '../../lib/build/function-bundles';

const bundles = functionEntries(routes).map((e) => ({
  id: e.id,
  file: join(bundleDir(e.id), 'index.js'),
  budget: bundleBudgetKib(e.id) * 1024,
}));

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

  it("build only the route lines and schemas their own handler reaches, not their whole domain's", () => {
    const getAgent = readFileSync(join(bundleDir('agents-get'), 'index.js'), 'utf8');
    const summaryOf = (handler: string) => routes.find((r) => r.handler === handler)?.summary as string;
    expect(getAgent).toContain(summaryOf('agents/get'));
    expect(getAgent).not.toContain(summaryOf('agents/create'));
    expect(getAgent).not.toContain(summaryOf('agents/rename'));
  });

  it('leave the X-Ray SDK out of the code every cold start loads, in a file beside it that only traced functions require', () => {
    const health = readFileSync(join(bundleDir('health-get'), 'index.js'), 'utf8');
    expect(health).toContain('require("./tracer.js")');
    expect(health).not.toContain('aws-xray-sdk');
    expect(statSync(join(bundleDir('health-get'), 'tracer.js')).size).toBeGreaterThan(0);
  });

  it("carry the AWS SDK they were tested with rather than the Lambda runtime's, and a source map", () => {
    const health = readFileSync(join(bundleDir('health-get'), 'index.js'), 'utf8');
    // Only the CRT signer stays a require: an optional native add-on the SDK loads in a try, for SigV4a alone.
    expect(new Set(health.match(/require\("@aws-sdk\/[^"]+"\)/g))).toEqual(new Set(['require("@aws-sdk/signature-v4-crt")']));
    expect(health).toContain('DynamoDB_20120810');
    expect(health).toMatch(/\/\/# sourceMappingURL=index\.js\.map\s*$/);
  });

  it("take the execution role's credentials from the environment, without the rest of the default chain", () => {
    const health = readFileSync(join(bundleDir('health-get'), 'index.js'), 'utf8');
    expect(health).toContain('AWS_ACCESS_KEY_ID');
    // The web-identity and container providers are two of the chain's links a Lambda function never reaches.
    expect(health).not.toContain('AWS_WEB_IDENTITY_TOKEN_FILE');
    expect(health).not.toContain('AWS_CONTAINER_CREDENTIALS');
  });
});
