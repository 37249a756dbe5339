import { Forbidden } from '../errors';
import type { GovernedAgent } from '../governance';
import { type Caller, managesWorkspace } from '../workspaces';

/**
 * Settings that let an agent act with less human oversight — a level above `student`, autonomy on,
 * read-only off — are granted by workspace owners and admins only (API keys: `admin` scope).
 * Narrowing them (autonomy off, read-only on) stays with anyone who manages the agent. Maturity is
 * chosen at create and otherwise changes only through graduation.
 */

type Widening = 'maturity_level' | 'autonomy_enabled' | 'read_only_enabled';

export const widenedOversight = (before: GovernedAgent | null, after: GovernedAgent): Widening[] => {
  const widened: Widening[] = [];
  if (after.maturity_level !== (before?.maturity_level ?? 'student')) widened.push('maturity_level');
  if (after.autonomy_enabled && !before?.autonomy_enabled) widened.push('autonomy_enabled');
  if (before?.read_only_enabled && !after.read_only_enabled) widened.push('read_only_enabled');
  return widened;
};

export const assertMayWidenOversight = (caller: Caller, before: GovernedAgent | null, after: GovernedAgent): void => {
  const widened = widenedOversight(before, after);
  if (widened.length === 0 || managesWorkspace(caller)) return;
  throw new Forbidden(
    `only workspace owners and admins may set ${widened.join(', ')} to these values (API keys need the admin scope); ask one of them`,
    'FORBIDDEN',
    widened.map((field) => ({ field, issue: 'needs workspace owner or admin' })),
  );
};
