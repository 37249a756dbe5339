import type { AvatarImage } from '../../domain/agents/avatar';
import type { Agent } from '../../domain/agents/model';
import { settingsOf } from '../../domain/agents/settings';
import type { AgentStats } from '../../domain/agents/stats';
import { avatarPath } from './views';

/** An agent's sub-resources as the API answers them; each carries the agent's id and, when it can change, its version. */

const versioned = (agent: Agent) => ({ agent_id: agent.id, version: agent.version });

export const settingsView = (agent: Agent) => ({ ...versioned(agent), ...settingsOf(agent) });
export const autonomyView = (agent: Agent) => ({ ...versioned(agent), enabled: agent.autonomy_enabled });
export const readOnlyView = (agent: Agent) => ({ ...versioned(agent), enabled: agent.read_only_enabled });
export const timeoutView = (agent: Agent) => ({ ...versioned(agent), timeout_seconds: agent.timeout_seconds });

/** A read-only summary of what the agent is and how it runs: for dashboards, without the prompts and configs. */
export const infoView = (agent: Agent) => ({
  ...versioned(agent),
  slug: agent.slug,
  name: agent.name,
  description: agent.description,
  template: { name: agent.template, type: agent.type, role: agent.role },
  capabilities: agent.capabilities,
  runtime: {
    runtime: agent.runtime,
    runtime_model: agent.runtime_model,
    runtime_state: agent.runtime_state,
    status: agent.status,
    timeout_seconds: agent.timeout_seconds,
  },
  resources: agent.resources,
  llm: {
    provider: agent.llm_provider,
    model: agent.llm_model,
    integration_id: agent.llm_integration_id,
    temperature: agent.configuration.temperature ?? null,
    max_tokens: agent.configuration.max_tokens ?? null,
    top_p: agent.configuration.top_p ?? null,
  },
  maturity: { level: agent.maturity_level, autonomy_enabled: agent.autonomy_enabled, read_only_enabled: agent.read_only_enabled },
});

export const statsView = (agent: Agent, stats: AgentStats) => ({ agent_id: agent.id, ...stats });

export const avatarView = (agent: Agent, image: AvatarImage) => ({
  ...versioned(agent),
  avatar_url: avatarPath(agent),
  content_type: image.type.contentType,
  size_bytes: image.bytes.length,
  sha256: image.sha256,
});
