import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/**
 * The Chromium the browser tests drive: `CHROMIUM_PATH` when set, else the one packaged in
 * `@sparticuz/chromium` (unpacked to the temp dir on first use, so a fresh `npm ci` is enough),
 * else a system Chromium. The package is ESM-only and locates its files with `import.meta`, so it
 * is asked in a child Node process rather than loaded into jest's CommonJS runtime.
 */
export const chromiumExecutable = (): string => {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    const script = "import('@sparticuz/chromium').then(async (m) => process.stdout.write(await m.default.executablePath()))";
    const path = execFileSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 60_000 }).trim();
    if (path && existsSync(path)) return path;
  } catch {
    // An unsupported platform for the packaged build: fall through to a system Chromium.
  }
  if (existsSync(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM;
  throw new Error(`no Chromium: neither @sparticuz/chromium could be unpacked nor is ${SYSTEM_CHROMIUM} present`);
};

/** Flags for a headless Chromium that never reaches the network on its own. */
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--single-process',
  '--no-zygote',
];
