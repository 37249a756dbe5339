import { Forbidden } from '../errors';
import type { Agent } from '../agents/model';

/**
 * Who changes an agent's files. People with manage rights always may; the agent's own executions
 * (its `files.write` tool) may not while the agent is read-only (API.md: `read_only_enabled`).
 * Direct access inherits the same rule: a read-only agent's files are only ever handed out for reading.
 */

export type FileActor = 'user' | 'execution';
export type FileAccess = 'read' | 'write';

type Governed = Pick<Agent, 'slug' | 'read_only_enabled'>;

export const assertMayWriteFiles = (agent: Governed, actor: FileActor): void => {
  if (actor === 'execution' && agent.read_only_enabled) {
    throw new Forbidden(`agent ${agent.slug} is read-only: its executions may read its files but not change them`, 'GOVERNANCE_VIOLATION', [
      { field: 'read_only_enabled', issue: 'enabled' },
    ]);
  }
};

export const grantableAccess = (agent: Governed, requested: FileAccess): FileAccess => (agent.read_only_enabled ? 'read' : requested);
