import type { Agent } from '../agents/model';
import type { Persona } from '../personas';
import type { PluginVersion } from '../plugins/model';
import type { AgentContext, ContextTool, TokenEstimate } from './model';
import { tier1Summary, tier2Document } from './plugin-text';
import { estimateJsonTokens, estimateTokens } from '../tokens';

/**
 * Assembles an agent's context from values already loaded: the agent, its persona and its assigned
 * plugins' versions in priority order. Pure, so the endpoint and the execution flow get the same
 * context from the same inputs.
 */

export type ContextAgent = Pick<
  Agent,
  'id' | 'persona_id' | 'use_custom_persona' | 'custom_persona_prompt' | 'system_prompt' | 'instruction_template'
>;

export interface AssignedRelease {
  plugin_id: string;
  release: Pick<PluginVersion, 'manifest' | 'docs'>;
}

export interface ContextInputs {
  agent: ContextAgent;
  persona: Pick<Persona, 'id' | 'name' | 'system_prompt'> | null;
  /** Highest priority first. */
  plugins: AssignedRelease[];
  assignmentVersion: number;
}

export const totalTokens = (e: Omit<TokenEstimate, 'total'>): number =>
  e.persona + e.system_prompt + e.instruction_template + e.tier1 + e.tier2 + e.tools;

const personaPart = (agent: ContextAgent, persona: ContextInputs['persona']) => {
  if (agent.use_custom_persona) return { persona: null, persona_source: 'custom' as const, persona_prompt: agent.custom_persona_prompt };
  if (persona && persona.id === agent.persona_id) {
    return { persona: { id: persona.id, name: persona.name }, persona_source: 'persona' as const, persona_prompt: persona.system_prompt };
  }
  return { persona: null, persona_source: null, persona_prompt: null };
};

/** The first plugin (by priority) to offer a tool name keeps it. */
const toolsOf = (plugins: AssignedRelease[]) => {
  const tools: ContextTool[] = [];
  const shadowed: AgentContext['shadowed_tools'] = [];
  const owners = new Map<string, string>();
  for (const { plugin_id, release } of plugins) {
    for (const t of release.manifest.tools) {
      const owner = owners.get(t.name);
      if (owner) {
        shadowed.push({ plugin_id, name: t.name, shadowed_by: owner });
        continue;
      }
      owners.set(t.name, plugin_id);
      tools.push({
        plugin_id,
        plugin_name: release.manifest.name,
        plugin_version: release.manifest.version,
        name: t.name,
        description: t.description,
        input_schema: t.input_schema,
        risk: t.risk,
        ...(t.endpoint ? { endpoint: t.endpoint } : {}),
      });
    }
  }
  return { tools, shadowed };
};

export const assembleContext = ({ agent, persona, plugins, assignmentVersion }: ContextInputs): AgentContext => {
  const entries = plugins.map(({ plugin_id, release }, i) => ({
    release,
    ref: { plugin_id, name: release.manifest.name, version: release.manifest.version, priority: i },
  }));
  const tier1 = entries.map(({ ref, release }) => {
    const summary = tier1Summary(release);
    return { ...ref, summary, tokens: estimateTokens(summary) };
  });
  const tier2 = entries.map(({ ref, release }) => {
    const content = tier2Document(release);
    return { ...ref, content, tokens: estimateTokens(content) };
  });
  const { tools, shadowed } = toolsOf(plugins);
  const personaFields = personaPart(agent, persona);
  const parts = {
    persona: estimateTokens(personaFields.persona_prompt),
    system_prompt: estimateTokens(agent.system_prompt),
    instruction_template: estimateTokens(agent.instruction_template),
    tier1: tier1.reduce((sum, e) => sum + e.tokens, 0),
    tier2: tier2.reduce((sum, e) => sum + e.tokens, 0),
    // What a model is sent of each tool; the plugin reference and endpoint stay on the platform.
    tools:
      tools.length > 0 ? estimateJsonTokens(tools.map(({ name, description, input_schema }) => ({ name, description, input_schema }))) : 0,
  };
  return {
    agent_id: agent.id,
    ...personaFields,
    system_prompt: agent.system_prompt,
    instruction_template: agent.instruction_template,
    plugins: entries.map((e) => e.ref),
    tier1,
    tier2,
    tools,
    shadowed_tools: shadowed,
    skills: plugins.flatMap(({ plugin_id, release }) =>
      release.manifest.skills.map((s) => ({ plugin_id, name: s.name, description: s.description })),
    ),
    commands: plugins.flatMap(({ plugin_id, release }) =>
      release.manifest.commands.map((c) => ({ plugin_id, name: c.name, description: c.description })),
    ),
    required_credentials: [...new Set(plugins.flatMap(({ release }) => release.manifest.requires_credentials))].sort(),
    token_estimate: { ...parts, total: totalTokens(parts) },
    budget: { max_tokens: null, within_budget: true, dropped: [] },
    assignment_version: assignmentVersion,
  };
};
