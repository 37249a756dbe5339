import type { Risk } from '../governance';

/**
 * An agent's assembled context (API.md `GET /api/agents/{agent}/context`): what every execution of
 * the agent runs with. Plugins appear in priority order (0 = first assigned = highest priority).
 */

export interface ContextPluginRef {
  plugin_id: string;
  name: string;
  version: string;
  priority: number;
}

export interface Tier1Entry extends ContextPluginRef {
  summary: string;
  tokens: number;
}

export interface Tier2Entry extends ContextPluginRef {
  content: string;
  tokens: number;
}

export interface ContextTool {
  plugin_id: string;
  plugin_name?: string;
  /** The plugin version the tool was published with: its input schema is compiled once per version. */
  plugin_version?: string;
  name: string;
  description: string;
  input_schema: Record<string, unknown>;
  risk: Risk;
  endpoint?: string;
}

export interface ContextDoc {
  plugin_id: string;
  name: string;
  description: string;
}

export interface TokenEstimate {
  persona: number;
  system_prompt: number;
  instruction_template: number;
  tier1: number;
  tier2: number;
  tools: number;
  total: number;
}

export interface AgentContext {
  agent_id: string;
  persona: { id: string; name: string } | null;
  /** `custom`: the agent's own `custom_persona_prompt` (`use_custom_persona`); `persona`: the persona's prompt. */
  persona_source: 'persona' | 'custom' | null;
  persona_prompt: string | null;
  system_prompt: string | null;
  instruction_template: string | null;
  plugins: ContextPluginRef[];
  tier1: Tier1Entry[];
  tier2: Tier2Entry[];
  tools: ContextTool[];
  /** Tools left out because a higher-priority plugin offers a tool of the same name. */
  shadowed_tools: { plugin_id: string; name: string; shadowed_by: string }[];
  skills: ContextDoc[];
  commands: ContextDoc[];
  /** Credential names the assigned plugins' tools need (manifest `requires_credentials`). */
  required_credentials: string[];
  token_estimate: TokenEstimate;
  budget: {
    max_tokens: number | null;
    within_budget: boolean;
    /** Tier 2 documents left out to fit, lowest priority first. */
    dropped: (ContextPluginRef & { tokens: number })[];
  };
  /** The agent's plugin assignment version this context was assembled from. */
  assignment_version: number;
}
