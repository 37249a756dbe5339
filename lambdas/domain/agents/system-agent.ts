import { platformDefaultModel } from '../../shared/model-defaults';
import type { Agent } from './model';
import { type Creator, newAgent } from './plan';

/**
 * The workspace's `default` agent, created with the workspace in the same transaction. It is a
 * system agent: it cannot be deleted and does not count against the tier's agent limit. It runs the
 * environment's default model.
 */
export const SYSTEM_AGENT_SLUG = 'default';

export const systemAgent = (id: string, workspaceId: string, owner: Creator, now: string): Agent => ({
  ...newAgent(
    { name: 'Default', slug: SYSTEM_AGENT_SLUG, description: "The workspace's default assistant" },
    {
      id,
      workspaceId,
      creator: owner,
      now,
      defaults: { llm_provider: platformDefaultModel.provider, llm_model: platformDefaultModel.model },
    },
  ),
  is_system: true,
});
