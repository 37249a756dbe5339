import type { AvatarSource } from './avatar';
import type { AgentHealth } from './health';
import type { AgentStatus } from './status';

/**
 * The agent model of API.md §2, as stored. Read-only parts (statistics, graduation) are computed on read;
 * `health` is the last check's result, stored when one runs (see health.ts for what runs one).
 */

export const AGENT_ROLES = ['general-assistant', 'finance-agent', 'marketing-agent', 'developer-agent', 'custom'] as const;
export const MATURITY_LEVELS = ['student', 'intern', 'supervised', 'autonomous'] as const;
export const RUNTIME_STATES = ['stopped', 'running', 'idle', 'failed'] as const;
export const LLM_PROVIDERS = ['local', 'bedrock', 'openai-compatible'] as const;

export type ResponseFormat =
  | { type: 'text' }
  | { type: 'json_object' }
  | { type: 'json_schema'; json_schema: { name: string; schema: Record<string, unknown>; strict?: boolean } };

/** The model parameters an agent may set (API.md §2 `configuration`); each provider passes on those it supports. */
export interface LlmConfiguration {
  temperature?: number;
  max_tokens?: number;
  top_p?: number;
  top_k?: number;
  stop?: string[];
  presence_penalty?: number;
  frequency_penalty?: number;
  seed?: number;
  response_format?: ResponseFormat;
}

export interface Agent {
  id: string;
  workspace_id: string;
  slug: string;
  name: string;
  description: string | null;
  type: string;
  role: (typeof AGENT_ROLES)[number];
  maturity_level: (typeof MATURITY_LEVELS)[number];
  status: AgentStatus;
  runtime_state: (typeof RUNTIME_STATES)[number];
  capabilities: string[];
  tags: string[];
  configuration: LlmConfiguration;
  llm_provider: (typeof LLM_PROVIDERS)[number];
  llm_model: string;
  llm_integration_id: string | null;
  /** An embedding integration of the workspace; absent on agents stored before the field existed. */
  embedding_integration_id?: string | null;
  storage_integration_id: string | null;
  system_prompt: string | null;
  instruction_template: string | null;
  persona_id: string | null;
  use_custom_persona: boolean;
  custom_persona_prompt: string | null;
  template: string | null;
  runtime: string | null;
  runtime_model: string | null;
  resources: { cpu: number; memory: string } | null;
  /** Absent on agents stored before it existed. */
  github_repo?: string | null;
  color: string;
  avatar_url: string | null;
  contact_config: Record<string, unknown> | null;
  storage_config: Record<string, unknown> | null;
  autonomy_enabled: boolean;
  read_only_enabled: boolean;
  timeout_seconds: number;
  is_system: boolean;
  owner: string;
  owner_email: string;
  created_by: string;
  created_at: string;
  updated_at: string;
  version: number;
  /** The last health check; absent until the first one. */
  health?: AgentHealth;
}

/** Fields an update may never name (API.md: IMMUTABLE_FIELD); `slug` moves only with the name or a rename. */
export const AGENT_IMMUTABLE_FIELDS = [
  'id',
  'workspace_id',
  'role',
  'maturity_level',
  'is_system',
  'runtime_state',
  'version',
  'created_at',
  'created_by',
  'updated_at',
  'statistics',
  'graduation',
  'health',
  'slug',
] as const;

/** What a caller may set: on create (`name` required) or in an update (any subset). */
type Settable = Omit<
  Agent,
  | 'id'
  | 'workspace_id'
  | 'runtime_state'
  | 'health'
  | 'is_system'
  | 'created_by'
  | 'created_at'
  | 'updated_at'
  | 'version'
  | 'avatar_url'
  | 'owner_email'
>;
export type AgentChanges = Partial<Omit<Settable, 'role' | 'maturity_level'>>;
export type NewAgentInput = AgentChanges & Partial<Pick<Settable, 'role' | 'maturity_level'>> & { name: string };

/** An update (PATCH and PUT alike): the fields it sets, and a new avatar when it names one (absent: unchanged). */
export interface AgentUpdate {
  changes: AgentChanges;
  avatar?: AvatarSource;
}
