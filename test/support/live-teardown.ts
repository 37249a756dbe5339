import { rmSync } from 'node:fs';
import { RUNTIME_FILE_ENV } from './runtime-file';
import { type StartedRuntime, stopRuntime } from './start-runtime';

export default async function liveTeardown(): Promise<void> {
  const runtime = (globalThis as { __agentPlatformRuntime?: StartedRuntime }).__agentPlatformRuntime;
  if (runtime) await stopRuntime(runtime.child);
  delete (globalThis as { __agentPlatformRuntime?: StartedRuntime }).__agentPlatformRuntime;
  const runtimeFile = process.env[RUNTIME_FILE_ENV];
  if (runtimeFile) rmSync(runtimeFile, { force: true });
}
