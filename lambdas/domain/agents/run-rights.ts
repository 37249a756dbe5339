import { type AccessLevel, canExecute } from './access';

/**
 * Making an agent spend — running it, cancelling or rating its runs, probing its model, which costs what
 * a run costs — takes use rights to it (owners, admins, agent admins, `use` shares) and, from an API key,
 * the `execute` scope (`admin` covers every scope).
 */
export type RunRefusal = { lacks: 'scope' } | { lacks: 'access'; access: AccessLevel };

/**
 * Why the caller may not, or null. `scopes` are the caller's when the route line has not already demanded
 * `execute` (the health route declares `read`, and probes); omitted, only the access is judged.
 */
export const runRefusal = (access: AccessLevel, scopes?: readonly string[]): RunRefusal | null => {
  if (scopes && !scopes.includes('execute') && !scopes.includes('admin')) return { lacks: 'scope' };
  return canExecute(access) ? null : { lacks: 'access', access };
};
