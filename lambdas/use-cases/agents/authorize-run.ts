import type { ItemRead } from '../../data/item';
import type { AccessLevel } from '../../domain/agents/access';
import type { Agent } from '../../domain/agents/model';
import { type RunRefusal, runRefusal } from '../../domain/agents/run-rights';
import { Forbidden } from '../../domain/errors';
import type { Principal } from '../../shared/principal';
import { loadAgentFor, loadAgentWith } from './authorize';

/**
 * Loading an agent to make it spend, the primary course:
 * 1. the agent, readable by the caller (authorize.ts: 404 otherwise);
 * 2. the run rights (domain/agents/run-rights.ts): for a probe the execute scope, then use rights; 403 otherwise.
 * Runs, cancels and ratings have their scope demanded by their route lines; a probe rides on the health
 * route, which declares `read`, so its scope is judged here.
 */
export type RunPurpose = 'run' | 'probe';

const refusal = (purpose: RunPurpose, agent: Agent, refused: RunRefusal): Forbidden => {
  if (refused.lacks === 'scope') {
    return new Forbidden('probe=true calls the model: this API key lacks the execute scope it needs', 'FORBIDDEN', [
      { field: 'scopes', issue: 'missing', missing: ['execute'] },
    ]);
  }
  const { access } = refused;
  const message =
    purpose === 'probe'
      ? `probe=true calls the model: your ${access} access to agent ${agent.slug} does not allow running it`
      : `your ${access} access to agent ${agent.slug} does not allow you to run it; ask its owner for use access`;
  return new Forbidden(message, 'FORBIDDEN', [{ field: 'access', issue: 'insufficient', access, needed: 'use' }]);
};

export const loadAgentToRun = async (principal: Principal, ref: string, purpose: RunPurpose = 'run'): Promise<Agent> =>
  mayRun(principal, purpose, await loadAgentFor(principal, ref, 'read'));

/** The same, with one more item the route needs read beside the agent (authorize.ts, `loadAgentWith`). */
export const loadAgentToRunWith = async <T>(
  principal: Principal,
  ref: string,
  readOf: (agentId: string) => ItemRead<T>,
  consistent = false,
): Promise<{ agent: Agent; item: T | null }> => {
  const loaded = await loadAgentWith(principal, ref, 'read', readOf, consistent);
  return { agent: mayRun(principal, 'run', loaded), item: loaded.item };
};

const mayRun = (principal: Principal, purpose: RunPurpose, { agent, access }: { agent: Agent; access: AccessLevel }): Agent => {
  const refused = runRefusal(access, purpose === 'probe' ? principal.scopes : undefined);
  if (refused) throw refusal(purpose, agent, refused);
  return agent;
};
