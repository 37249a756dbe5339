import { Unprocessable } from '../errors';
import type { Agent } from './model';

/**
 * Agent templates (API.md "Agent templates"): `template` on create fills prompts, capabilities,
 * plugins and settings. A few are built in; a workspace adds its own under names the built-ins do
 * not take, so a name means one template wherever it is read. A template fills only what the
 * create request leaves out; its configuration sits under the request's, key by key, and its
 * plugins are assigned with the new agent.
 */
export type AgentTemplate = Pick<Agent, 'system_prompt' | 'instruction_template' | 'capabilities' | 'configuration'> & {
  description: string | null;
  /** null: the create default. */
  type: string | null;
  /** Assigned to agents created from the template, highest priority first. */
  plugin_ids: string[];
};

/** A workspace's own template, as stored under its name; `version` counts replacements. */
export type StoredAgentTemplate = AgentTemplate & {
  name: string;
  version: number;
  created_at: string;
  updated_at: string;
  updated_by: string;
};

/** A template as a workspace reads it: a built-in one (the same in every workspace) or the workspace's own. */
export type AvailableTemplate =
  | { source: 'built-in'; name: string; template: AgentTemplate }
  | { source: 'workspace'; name: string; template: StoredAgentTemplate };

/** Template names: lowercase letters, digits and -, like slugs. */
export const TEMPLATE_NAME_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;

/** Plugins a template assigns: their writes join the create transaction (at most 100 writes). */
export const MAX_TEMPLATE_PLUGINS = 20;

export const BUILT_IN_TEMPLATES: Readonly<Record<string, AgentTemplate>> = {
  'business-assistant': {
    description: 'Answers business questions precisely and says what it assumes.',
    type: 'business-assistant',
    system_prompt: 'You are a business assistant. Answer precisely, state your assumptions, and say when you need more information.',
    instruction_template: null,
    capabilities: ['analysis', 'writing', 'summarization'],
    configuration: { temperature: 0.3 },
    plugin_ids: [],
  },
  'research-assistant': {
    description: 'Finds and summarises sources, attributing every claim.',
    type: 'research-assistant',
    system_prompt: 'You are a research assistant. Find and summarise sources, and attribute every claim to the source it came from.',
    instruction_template: null,
    capabilities: ['search', 'summarization', 'citation'],
    configuration: { temperature: 0.2 },
    plugin_ids: [],
  },
  'support-agent': {
    description: 'Answers customers briefly and hands over to a person when it cannot help.',
    type: 'support-agent',
    system_prompt: 'You are a customer support agent. Be brief and friendly, and hand over to a person when you cannot help.',
    instruction_template: 'Customer message: {{task}}',
    capabilities: ['support', 'writing'],
    configuration: { temperature: 0.5 },
    plugin_ids: [],
  },
  bookkeeper: {
    description: 'Keeps figures exact and shows how each total was reached.',
    type: 'business-assistant',
    system_prompt: 'You are a bookkeeper. Keep figures exact and show how each total was reached.',
    instruction_template: null,
    capabilities: ['ledger', 'reporting'],
    configuration: { temperature: 0.1 },
    plugin_ids: [],
  },
};

export const isBuiltInTemplate = (name: string): boolean => Object.hasOwn(BUILT_IN_TEMPLATES, name);

export const templateNotFound = (name: string): Unprocessable => {
  const builtIn = Object.keys(BUILT_IN_TEMPLATES);
  return new Unprocessable(
    'TEMPLATE_NOT_FOUND',
    `there is no template ${name}; the built-in ones are ${builtIn.join(', ')}, and GET /api/agent-templates lists the workspace's own too`,
    [{ field: 'template', issue: 'no such template', allowed: builtIn }],
  );
};

/**
 * The template a create names: a built-in one, else the workspace's own (`workspaceTemplate`, read
 * by the caller only for a name that is not built in); null for none; 422 TEMPLATE_NOT_FOUND otherwise.
 */
export const resolveTemplate = (name: string | null | undefined, workspaceTemplate: AgentTemplate | null): AgentTemplate | null => {
  if (name === null || name === undefined) return null;
  const template = isBuiltInTemplate(name) ? BUILT_IN_TEMPLATES[name] : workspaceTemplate;
  if (!template) throw templateNotFound(name);
  return template;
};
