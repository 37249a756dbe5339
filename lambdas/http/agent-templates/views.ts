import type { AgentTemplate, AvailableTemplate, StoredAgentTemplate } from '../../domain/agents/templates';

const fields = (t: AgentTemplate) => ({
  description: t.description,
  type: t.type,
  system_prompt: t.system_prompt,
  instruction_template: t.instruction_template,
  capabilities: t.capabilities,
  configuration: t.configuration,
  plugin_ids: t.plugin_ids,
});

const builtInTemplateView = (name: string, t: AgentTemplate) => ({
  name,
  source: 'built-in' as const,
  ...fields(t),
  version: null,
  created_at: null,
  updated_at: null,
  updated_by: null,
});

export const workspaceTemplateView = (t: StoredAgentTemplate) => ({
  name: t.name,
  source: 'workspace' as const,
  ...fields(t),
  version: t.version,
  created_at: t.created_at,
  updated_at: t.updated_at,
  updated_by: t.updated_by,
});

export const templateView = (t: AvailableTemplate) =>
  t.source === 'built-in' ? builtInTemplateView(t.name, t.template) : workspaceTemplateView(t.template);
