/** Constructor options, each falling back to its environment variable where there is an environment (Node). */

export interface ClientOptions {
  baseUrl?: string;
  apiKey?: string;
  token?: string;
  workspaceId?: string;
  /** Retries after a 429, a 5xx or a dropped connection (the last two only for requests safe to repeat). Default 3. */
  maxRetries?: number;
  /** The longest wait between two tries, in ms, whatever `Retry-After` says. Default 30,000. */
  maxRetryDelayMs?: number;
  /** Replaces the global `fetch` (proxies, tests). */
  fetch?: typeof fetch;
}

export interface ResolvedOptions {
  baseUrl: string;
  apiKey: string | undefined;
  token: string | undefined;
  workspaceId: string | undefined;
  maxRetries: number;
  maxRetryDelayMs: number;
  fetch: typeof fetch;
}

const environment = (): Record<string, string | undefined> =>
  (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env ?? {};

export const resolveOptions = (options: ClientOptions): ResolvedOptions => {
  const env = environment();
  return {
    baseUrl: (options.baseUrl ?? env.AGENT_PLATFORM_URL ?? 'http://127.0.0.1:3000').replace(/\/+$/, ''),
    apiKey: options.apiKey ?? (options.token ? undefined : env.AGENT_PLATFORM_API_KEY),
    token: options.token ?? (options.apiKey ? undefined : env.AGENT_PLATFORM_TOKEN),
    workspaceId: options.workspaceId ?? env.AGENT_PLATFORM_WORKSPACE,
    maxRetries: options.maxRetries ?? 3,
    maxRetryDelayMs: options.maxRetryDelayMs ?? 30_000,
    fetch: options.fetch ?? ((input, init) => fetch(input, init)),
  };
};
