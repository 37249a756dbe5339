import type { AgentPlatform } from '../client';
import type { Output } from './output';

/** One CLI command: its help text and what it does with the parsed arguments. */

export interface Flags {
  json?: boolean;
  async?: boolean;
  follow?: boolean;
  name?: string;
  role?: string;
  maturity?: string;
  description?: string;
  status?: string;
  tags?: string;
  data?: string;
  limit?: string;
  token?: string;
  'api-key'?: string;
  url?: string;
  workspace?: string;
  comment?: string;
  tail?: string;
  port?: string;
  secret?: string;
  'forward-to'?: string;
}

export interface Context {
  args: string[];
  flags: Flags;
  out: Output;
  client: () => AgentPlatform;
}

export interface Command {
  usage: string;
  /** How many positional arguments it needs. */
  arity: number;
  run: (context: Context) => Promise<number>;
}

export class UsageError extends Error {}

/** `--data '{json}'` merged under the named flags. */
export const bodyFrom = (flags: Flags, named: Record<string, unknown>): Record<string, unknown> => {
  let data: Record<string, unknown> = {};
  if (flags.data) {
    try {
      data = JSON.parse(flags.data) as Record<string, unknown>;
    } catch {
      throw new UsageError('--data must be a JSON object');
    }
  }
  const given = Object.fromEntries(Object.entries(named).filter(([, v]) => v !== undefined));
  return { ...data, ...given };
};
