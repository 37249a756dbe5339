import { InvalidInput } from '../errors';
import type { Agent, AgentChanges, NewAgentInput } from './model';
import { colorFromId, slugify } from './naming';
import { assertTransition } from './status';
import type { AgentTemplate } from './templates';

/** Creating and changing agents: defaults, slugs and the merge rules of API.md §2. Pure. */

/** What the workspace decides for agents that do not say. */
export interface AgentDefaults {
  llm_provider: Agent['llm_provider'];
  llm_model: string;
  llm_integration_id?: string | null;
  embedding_integration_id?: string | null;
  storage_integration_id?: string | null;
  /** The workspace's model parameters (`default_llm`'s temperature and max_tokens), beneath any template's and the request's. */
  configuration?: Record<string, unknown>;
}

export interface Creator {
  user_id: string;
  email: string;
}

const slugFor = (name: string, explicit: string | undefined): string => {
  const slug = explicit ?? slugify(name);
  if (!slug) {
    throw new InvalidInput('the name needs at least one letter or digit to derive a slug from; or send `slug`', [
      { field: 'name', issue: 'no letters or digits' },
    ]);
  }
  return slug;
};

export const newAgent = (
  input: NewAgentInput,
  context: { id: string; workspaceId: string; creator: Creator; now: string; defaults: AgentDefaults; template?: AgentTemplate | null },
): Agent => {
  const template = context.template;
  return {
    id: context.id,
    workspace_id: context.workspaceId,
    slug: slugFor(input.name, input.slug),
    name: input.name,
    description: input.description ?? null,
    type: input.type ?? template?.type ?? 'business-assistant',
    role: input.role ?? 'general-assistant',
    maturity_level: input.maturity_level ?? 'student',
    status: input.status ?? 'active',
    runtime_state: 'stopped',
    capabilities: input.capabilities ?? template?.capabilities ?? [],
    tags: input.tags ?? [],
    configuration: { ...context.defaults.configuration, ...template?.configuration, ...input.configuration },
    llm_provider: input.llm_provider ?? context.defaults.llm_provider,
    llm_model: input.llm_model ?? context.defaults.llm_model,
    // Absent: the workspace's default of that kind; an explicit null: none.
    llm_integration_id: input.llm_integration_id !== undefined ? input.llm_integration_id : (context.defaults.llm_integration_id ?? null),
    embedding_integration_id:
      input.embedding_integration_id !== undefined ? input.embedding_integration_id : (context.defaults.embedding_integration_id ?? null),
    storage_integration_id:
      input.storage_integration_id !== undefined ? input.storage_integration_id : (context.defaults.storage_integration_id ?? null),
    system_prompt: input.system_prompt ?? template?.system_prompt ?? null,
    instruction_template: input.instruction_template ?? template?.instruction_template ?? null,
    persona_id: input.persona_id ?? null,
    use_custom_persona: input.use_custom_persona ?? false,
    custom_persona_prompt: input.custom_persona_prompt ?? null,
    template: input.template ?? null,
    runtime: input.runtime ?? null,
    runtime_model: input.runtime_model ?? null,
    resources: input.resources ?? null,
    github_repo: input.github_repo ?? null,
    color: input.color ?? colorFromId(context.id),
    avatar_url: null,
    contact_config: input.contact_config ?? null,
    storage_config: input.storage_config ?? null,
    autonomy_enabled: input.autonomy_enabled ?? false,
    read_only_enabled: input.read_only_enabled ?? false,
    timeout_seconds: input.timeout_seconds ?? 300,
    is_system: false,
    owner: context.creator.user_id,
    owner_email: context.creator.email,
    created_by: context.creator.user_id,
    created_at: context.now,
    updated_at: context.now,
    version: 1,
  };
};

/**
 * PATCH semantics for PUT and PATCH alike: absent fields stay, `null` clears a nullable field,
 * `configuration` merges key by key, a new name moves the slug unless `slug` is sent too.
 */
export const applyUpdate = (agent: Agent, input: AgentChanges, now: string): Agent => {
  const { configuration, name, slug, status, ...fields } = input;
  if (status !== undefined) assertTransition(agent.status, status);
  const defined = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
  return {
    ...agent,
    ...defined,
    ...(name !== undefined ? { name, slug: slugFor(name, slug) } : slug !== undefined ? { slug } : {}),
    ...(status !== undefined ? { status } : {}),
    ...(configuration !== undefined ? { configuration: { ...agent.configuration, ...configuration } } : {}),
    updated_at: now,
    version: agent.version + 1,
  };
};

/** What changed, for `agent.updated` events and change logs; `health` is the platform's observation, not a change. */
export const changedFields = (before: Agent, after: Agent): string[] =>
  (Object.keys(after) as (keyof Agent)[]).filter(
    (k) => !['version', 'updated_at', 'health'].includes(k) && JSON.stringify(before[k]) !== JSON.stringify(after[k]),
  );
