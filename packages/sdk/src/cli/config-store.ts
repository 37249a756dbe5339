import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import type { ClientOptions } from '../config';

/**
 * What `login` and `workspaces use` remember, in the user's config dir (mode 0600). The
 * AGENT_PLATFORM_* environment variables override it.
 */

export interface StoredConfig {
  baseUrl?: string;
  token?: string;
  apiKey?: string;
  workspaceId?: string;
}

export const configPath = (env: NodeJS.ProcessEnv = process.env): string =>
  join(env.AGENT_PLATFORM_CONFIG_DIR ?? join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'agent-platform'), 'config.json');

export const readConfig = (): StoredConfig => {
  try {
    return JSON.parse(readFileSync(configPath(), 'utf8')) as StoredConfig;
  } catch {
    return {};
  }
};

export const writeConfig = (config: StoredConfig): string => {
  const path = configPath();
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  writeFileSync(path, `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600 });
  chmodSync(path, 0o600);
  return path;
};

/** The stored settings under the environment's: credentials come as a pair, so an environment key or token replaces both. */
export const clientOptions = (env: NodeJS.ProcessEnv = process.env): ClientOptions => {
  const stored = readConfig();
  const envCredentials = env.AGENT_PLATFORM_API_KEY || env.AGENT_PLATFORM_TOKEN;
  return {
    baseUrl: env.AGENT_PLATFORM_URL ?? stored.baseUrl,
    workspaceId: env.AGENT_PLATFORM_WORKSPACE ?? stored.workspaceId,
    ...(envCredentials
      ? { apiKey: env.AGENT_PLATFORM_API_KEY || undefined, token: env.AGENT_PLATFORM_TOKEN || undefined }
      : { apiKey: stored.apiKey, token: stored.token }),
  };
};
