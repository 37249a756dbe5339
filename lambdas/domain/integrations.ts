/**
 * Integrations: a workspace's connections to model and storage providers. Agents point at them
 * (`llm_integration_id`, `embedding_integration_id`, `storage_integration_id`); each kind has at most one default, which new
 * agents get. Credentials are sealed with a data key of their own and never leave the table again
 * except to the code that calls the provider.
 */

export const INTEGRATION_KINDS = ['llm', 'embedding', 'storage'] as const;
export type IntegrationKind = (typeof INTEGRATION_KINDS)[number];

export const PROVIDERS: Record<IntegrationKind, readonly string[]> = {
  llm: ['bedrock', 'openai-compatible', 'local'],
  embedding: ['bedrock', 'openai-compatible', 'local'],
  storage: ['s3-vectors', 'opensearch', 'pgvector', 'local'],
};

export type AgentIntegrationField = 'llm_integration_id' | 'embedding_integration_id' | 'storage_integration_id';

/** The agent field that names an integration of each kind. */
export const AGENT_FIELD_OF_KIND: Record<IntegrationKind, AgentIntegrationField> = {
  llm: 'llm_integration_id',
  embedding: 'embedding_integration_id',
  storage: 'storage_integration_id',
};

export interface Integration {
  id: string;
  workspace_id: string;
  kind: IntegrationKind;
  provider: string;
  name: string;
  config: Record<string, unknown>;
  /** Names of the sealed credential fields (never their values). */
  credential_names: string[];
  /** How many live agents name it: kept in the agents' own transactions. */
  agents: number;
  created_by: string;
  created_at: string;
  updated_at: string;
  version: number;
}

export type IntegrationDefaults = Record<IntegrationKind, string | null>;

/**
 * Each kind's default lives on the workspace item as one attribute: changing it is part of the
 * integration's own transaction, and creating an agent reads it with the workspace, at no extra cost.
 */
export const defaultAttribute = (kind: IntegrationKind) => `default_${kind}_integration_id` as const;

export const integrationDefaultsOf = (workspace: object): IntegrationDefaults => {
  const stored = workspace as Partial<Record<ReturnType<typeof defaultAttribute>, string>>;
  return {
    llm: stored.default_llm_integration_id ?? null,
    embedding: stored.default_embedding_integration_id ?? null,
    storage: stored.default_storage_integration_id ?? null,
  };
};

/** The integration references an agent holds, by kind; null fields hold none. */
export const integrationRefsOf = (agent: Partial<Record<AgentIntegrationField, string | null>>) =>
  (Object.entries(AGENT_FIELD_OF_KIND) as [IntegrationKind, AgentIntegrationField][])
    // Agents stored before a kind had its field hold none of it.
    .map(([kind, field]) => ({ kind, field, id: agent[field] ?? null }))
    .filter((ref): ref is { kind: IntegrationKind; field: AgentIntegrationField; id: string } => ref.id !== null);

/** Whether the integration is its kind's default in the workspace. */
export const isDefaultIn = (workspace: object, integration: Pick<Integration, 'id' | 'kind'>): boolean =>
  integrationDefaultsOf(workspace)[integration.kind] === integration.id;
