import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RUNTIME_FILE_ENV, type RuntimeInfo } from './runtime-file';
import { startRuntime } from './start-runtime';

/** One local platform (one DynamoDB Local, one S3 stand-in) for every integration and API test of the run. */
export default async function liveSetup(): Promise<void> {
  // The live and sdk projects share it: the second project's setup finds it running.
  if ((globalThis as { __agentPlatformRuntime?: unknown }).__agentPlatformRuntime) return;
  // The plugin tool functions the tests publish plugins against (test/api/executions/plugin-tool-functions.test.ts).
  const runtime = await startRuntime(['--tool-functions', join(__dirname, '..', 'fixtures', 'tool-functions', 'registry.json')]);
  const info: RuntimeInfo = {
    url: runtime.url,
    dynamoEndpoint: runtime.dynamoEndpoint,
    s3Endpoint: runtime.s3Endpoint,
    pid: runtime.child.pid ?? 0,
  };
  const runtimeFile = join(tmpdir(), `agent-platform-test-runtime-${process.pid}.json`);
  writeFileSync(runtimeFile, JSON.stringify(info));
  process.env[RUNTIME_FILE_ENV] = runtimeFile;
  (globalThis as { __agentPlatformRuntime?: typeof runtime }).__agentPlatformRuntime = runtime;
}
