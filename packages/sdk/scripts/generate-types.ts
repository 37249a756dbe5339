import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { openApiJson } from '../../../lambdas/http/docs/openapi-source';

/**
 * Writes src/schema.ts, the SDK's types, from the OpenAPI document the route table generates.
 * `--check` writes nothing and exits 1 when the committed file differs from a fresh generation.
 */

const target = fileURLToPath(new URL('../src/schema.ts', import.meta.url));
const header = '/* Generated from the OpenAPI document by packages/sdk/scripts/generate-types.ts: do not edit. */\n';

const generate = async (): Promise<string> => header + astToString(await openapiTS(JSON.parse(openApiJson())));

generate().then((text) => {
  if (!process.argv.includes('--check')) return writeFileSync(target, text);
  if (readFileSync(target, 'utf8') === text) return;
  process.stderr.write('packages/sdk/src/schema.ts is stale: run npm run generate -w @agent-platform/sdk\n');
  process.exit(1);
});
