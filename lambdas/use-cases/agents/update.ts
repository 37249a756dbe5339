import { assertPersonaExists } from '../../data/references';
import type { Agent } from '../../domain/agents/model';
import { applyUpdate } from '../../domain/agents/plan';
import { currentWorkspace, type Principal } from '../../shared/principal';
import { loadAgentFor } from './authorize';
import { avatarUrlFor, checkAvatar } from './store-avatar';
import { changeAgent } from './change';
import type { UpdateAgentInput } from '../../http/agents/schemas';

/** PATCH and PUT alike: the model fields by the update rules, an avatar sent with them in the same write. */
export const updateAgent = async (
  principal: Principal,
  ref: string,
  ifMatch: number | undefined,
  body: UpdateAgentInput,
): Promise<Agent> => {
  await assertPersonaExists(currentWorkspace(principal), body.changes.persona_id);
  const avatar = checkAvatar(body.avatar);
  // The manage check comes before an image is stored, so a caller who may not change the agent cannot store objects under it.
  const avatarUrl =
    avatar === undefined ? undefined : await avatarUrlFor(avatar, async () => (await loadAgentFor(principal, ref, 'manage')).agent);
  return changeAgent(principal, ref, ifMatch, (current, now) => {
    const next = applyUpdate(current, body.changes, now);
    return avatarUrl === undefined ? next : { ...next, avatar_url: avatarUrl };
  });
};
