import { agentFilesPage, readAgentFile, writeAgentFile } from '../../../data/agent-files';
import type { Agent } from '../../../domain/agents/model';
import { type FetchPolicy, outboundFetch } from './outbound-fetch';

/** The tools every agent has: its own files (through the same rules as the files routes) and `http.get`. */

export interface ToolContext {
  agent: Agent;
  executionId: string;
  policy: FetchPolicy;
  /** Milliseconds the call may take (the run's time left, capped). */
  timeoutMs: number;
}

type BuiltIn = (input: Record<string, unknown>, context: ToolContext) => Promise<string>;

const READ_LIMIT_BYTES = 256 * 1024;
const FETCH_LIMIT_BYTES = 256 * 1024;
const LISTED_FILES = 100;

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

export const builtInTools: Readonly<Record<string, BuiltIn>> = {
  'files.list': async (input, { agent }) => {
    const page = await agentFilesPage(agent, {
      limit: LISTED_FILES,
      prefix: text(input.prefix) || undefined,
      recursive: input.recursive === true,
    });
    return JSON.stringify({ files: page.items, total: page.total, more: page.after !== undefined });
  },
  'files.read': async (input, { agent }) =>
    (await readAgentFile(agent.workspace_id, agent.id, text(input.path), READ_LIMIT_BYTES)).body.toString('utf8'),
  'files.write': async (input, { agent }) => {
    const body = Buffer.from(text(input.content), 'utf8');
    return JSON.stringify(
      await writeAgentFile(agent.workspace_id, agent, text(input.path), body, {
        actor: 'execution',
        contentType: 'text/plain; charset=utf-8',
      }),
    );
  },
  'http.get': async (input, { policy, timeoutMs }) => {
    const response = await outboundFetch({ url: text(input.url), method: 'GET', maxBytes: FETCH_LIMIT_BYTES, timeoutMs }, policy);
    return `HTTP ${response.status} ${response.contentType}\n\n${response.body}${response.truncated ? '\n[truncated]' : ''}`;
  },
};
