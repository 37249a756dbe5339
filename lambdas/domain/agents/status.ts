import { Conflict } from '../errors';

/** API.md "Status transitions", as data. `deleted` is reached only by DELETE and is terminal. */

export const AGENT_STATUSES = ['draft', 'active', 'published', 'paused', 'disabled', 'archived', 'deleted'] as const;
export type AgentStatus = (typeof AGENT_STATUSES)[number];

const transitions: Readonly<Record<AgentStatus, readonly AgentStatus[]>> = {
  draft: ['active', 'published', 'archived'],
  active: ['published', 'paused', 'disabled', 'archived'],
  published: ['active', 'paused', 'archived'],
  paused: ['active', 'disabled', 'archived'],
  disabled: ['active', 'archived'],
  archived: ['active'],
  deleted: [],
};

export const canTransition = (from: AgentStatus, to: AgentStatus): boolean => from === to || transitions[from].includes(to);

export const assertTransition = (from: AgentStatus, to: AgentStatus): void => {
  if (!canTransition(from, to)) {
    const allowed = transitions[from];
    throw new Conflict(
      'INVALID_TRANSITION',
      allowed.length > 0
        ? `an agent that is ${from} can become ${allowed.join(', ')}, not ${to}`
        : `an agent that is ${from} can no longer change status`,
      [{ field: 'status', issue: 'invalid transition', from, to, allowed: [...allowed] }],
    );
  }
};
