import type { AccessEntry } from '../../domain/agents/access';
import type { AgentDetail } from '../../use-cases/agents/get';
import type { Agent } from '../../domain/agents/model';
import { type AgentStatsRecord, summarizeStats } from '../../domain/agents/stats';
import { learningFigures } from '../../domain/learning/aggregates';
import { graduationReadiness } from '../../domain/learning/readiness';
import { skillsOf } from '../../domain/plugins/skills';

/**
 * Where clients fetch an agent's avatar (`GET /api/agents/{agent}/avatar`, a redirect to the image).
 * The agent item keeps the object key, which clients cannot resolve, so the API answers this path instead.
 */
export const avatarPath = (agent: Pick<Agent, 'id' | 'avatar_url'>): string | null =>
  agent.avatar_url ? `/api/agents/${agent.id}/avatar` : null;

/**
 * The agent as the API answers it: every model field, plus health, statistics and graduation
 * (computed, the graduation by the readiness rule). `record` is the agent's statistics aggregate where the
 * caller read it (one agent, or a list page in one batch read).
 */
export const agentView = (agent: Agent, record: AgentStatsRecord | null = null, now = new Date()) => {
  const stats = summarizeStats(record);
  return {
    id: agent.id,
    workspace_id: agent.workspace_id,
    tenant_id: agent.workspace_id,
    slug: agent.slug,
    name: agent.name,
    description: agent.description,
    type: agent.type,
    role: agent.role,
    maturity_level: agent.maturity_level,
    status: agent.status,
    runtime_state: agent.runtime_state,
    capabilities: agent.capabilities,
    tags: agent.tags,
    configuration: agent.configuration,
    llm_provider: agent.llm_provider,
    llm_model: agent.llm_model,
    settings: { llm_provider: agent.llm_provider, llm_model: agent.llm_model, llm_temperature: agent.configuration.temperature ?? null },
    llm_integration_id: agent.llm_integration_id,
    embedding_integration_id: agent.embedding_integration_id ?? null,
    storage_integration_id: agent.storage_integration_id,
    system_prompt: agent.system_prompt,
    instruction_template: agent.instruction_template,
    persona_id: agent.persona_id,
    use_custom_persona: agent.use_custom_persona,
    custom_persona_prompt: agent.custom_persona_prompt,
    template: agent.template,
    runtime: agent.runtime,
    runtime_model: agent.runtime_model,
    resources: agent.resources,
    github_repo: agent.github_repo ?? null,
    color: agent.color,
    avatar_url: avatarPath(agent),
    contact_config: agent.contact_config,
    storage_config: agent.storage_config,
    autonomy_enabled: agent.autonomy_enabled,
    read_only_enabled: agent.read_only_enabled,
    timeout_seconds: agent.timeout_seconds,
    is_system: agent.is_system,
    owner: agent.owner,
    owner_email: agent.owner_email,
    created_by: agent.created_by,
    // Until a first check, all that is known is whether the last run failed.
    health: agent.health ?? { healthy: agent.runtime_state !== 'failed', checked_at: null, capabilities: {} },
    statistics: {
      total_executions: stats.total_executions,
      successful_executions: stats.successful_executions,
      success_rate: stats.success_rate,
      avg_confidence: stats.avg_confidence,
      last_execution: stats.last_execution,
    },
    graduation: graduationReadiness(agent.maturity_level, learningFigures(record, agent.maturity_level, now)),
    version: agent.version,
    created_at: agent.created_at,
    updated_at: agent.updated_at,
  };
};

/** The single-agent answer (GET /api/agents/{agent}): the view, and what the caller and the agent's partition add. */
export const agentDetailView = (agent: Agent, detail: AgentDetail, callerId: string) => {
  const pluginIds = detail.assignment?.plugin_ids ?? [];
  return {
    ...agentView(agent, detail.stats),
    is_owner: agent.owner === callerId,
    plugins: pluginIds.map((plugin_id, priority) => ({ plugin_id, priority })),
    skills: skillsOf(pluginIds, detail.assignment?.skills ?? []).map(({ name, plugin_id }) => ({ name, plugin_id })),
    schedules_count: detail.schedules_count,
  };
};

/** A share or an agent admin: who holds which access, granted by whom and when. */
export const entryView = (e: AccessEntry) => ({ email: e.email, access: e.access, granted_by: e.granted_by, granted_at: e.granted_at });
