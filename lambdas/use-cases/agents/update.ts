import { assertPersonaExists, personaCheck } from '../../data/references';
import type { AgentUpdate } from '../../domain/agents/model';
import { applyUpdate } from '../../domain/agents/plan';
import { currentWorkspace, type Principal } from '../../shared/principal';
import { loadAgentFor } from './authorize';
import { avatarUrlFor, checkAvatar } from './store-avatar';
import { changeAgentWithStats } from './change';
import type { AgentWithStats } from './with-stats';

/**
 * Updating an agent (PATCH and PUT alike), the primary course:
 * 1. check the persona it names;
 * 2. store a sent avatar image, once the caller's manage rights are known;
 * 3. the change (change.ts): the model fields by the update rules, the avatar in the same write;
 * 4. its statistics, read beside the agent, go with the answer.
 */
export const updateAgent = async (
  principal: Principal,
  ref: string,
  ifMatch: number | undefined,
  body: AgentUpdate,
): Promise<AgentWithStats> => {
  await assertPersonaExists(currentWorkspace(principal), body.changes.persona_id);
  const avatar = checkAvatar(body.avatar);
  // The manage check comes before an image is stored, so a caller who may not change the agent cannot store objects under it.
  const avatarUrl =
    avatar === undefined ? undefined : await avatarUrlFor(avatar, async () => (await loadAgentFor(principal, ref, 'manage')).agent);
  return changeAgentWithStats(
    principal,
    ref,
    ifMatch,
    (current, now) => {
      const next = applyUpdate(current, body.changes, now);
      return avatarUrl === undefined ? next : { ...next, avatar_url: avatarUrl };
    },
    'agent.updated',
    // A persona deleted since the check above refuses the change in its own transaction.
    (before, after) => personaCheck(after.workspace_id, before, after),
  );
};
