import { spawn } from 'node:child_process';
import { aUser, aWorkspace, setTier, type TestUser } from '../../../test/support/fixtures';
import { AgentPlatform, type ClientOptions } from '../src';

/** A fresh owner in a fresh workspace, and an SDK client acting for them against the test runtime. */

export interface Owner extends TestUser {
  workspaceId: string;
  client: (options?: ClientOptions) => AgentPlatform;
}

export const anOwner = async (tier?: string): Promise<Owner> => {
  const user = await aUser('sdk');
  const workspaceId = await aWorkspace(user, 'SDK workspace');
  if (tier) await setTier(workspaceId, tier);
  const client = (options: ClientOptions = {}) =>
    new AgentPlatform({ baseUrl: process.env.API_URL, token: user.token, workspaceId, maxRetryDelayMs: 50, ...options });
  return { ...user, workspaceId, client };
};

/** A `fetch` that answers the first `times` matching requests itself, then passes everything to the real one. */
export const failingFetch = (
  times: number,
  answer: (input: string, init: RequestInit | undefined) => Promise<Response>,
  matches: (input: string, init: RequestInit | undefined) => boolean = () => true,
) => {
  const seen: string[] = [];
  let failures = 0;
  const wrapped = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = String(input);
    seen.push(`${init?.method ?? 'GET'} ${new URL(url).pathname}`);
    if (failures < times && matches(url, init)) {
      failures += 1;
      return answer(url, init);
    }
    return fetch(input, init);
  };
  return { fetch: wrapped as typeof fetch, seen };
};

/** Leaves out the workspace's built-in Default agent. */
export const mine = <T extends { is_system: boolean }>(agents: T[]): T[] => agents.filter((a) => !a.is_system);

export interface Finished {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs a program to its end without blocking the event loop: a blocked loop misses the runtime
 * closing idle keep-alive sockets, and the next `fetch` then fails on a dead one.
 */
export const runProgram = (command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Finished> =>
  new Promise((done, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.once('error', reject);
    child.once('close', (status) => done({ status, stdout, stderr }));
  });
