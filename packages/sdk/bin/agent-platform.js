#!/usr/bin/env node
// In this repository the CLI runs from its TypeScript source (through tsx), so it is never stale;
// an installed package has no source and runs the build.
import { existsSync } from 'node:fs';

const source = new URL('../src/cli/main.ts', import.meta.url);
if (existsSync(source)) {
  const { register } = await import('tsx/esm/api');
  register();
  await import(source.href);
} else {
  await import(new URL('../dist/cli.js', import.meta.url).href);
}
