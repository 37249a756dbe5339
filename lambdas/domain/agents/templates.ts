import { Unprocessable } from '../../shared/errors';
import type { Agent } from './model';

/**
 * Built-in agent templates (API.md: `template` on create fills prompts, capabilities and settings).
 * A template fills only what the create request leaves out; its configuration sits under the
 * request's, key by key.
 */
export type AgentTemplate = Pick<Agent, 'type' | 'system_prompt' | 'instruction_template' | 'capabilities' | 'configuration'>;

export const BUILT_IN_TEMPLATES: Readonly<Record<string, AgentTemplate>> = {
  'business-assistant': {
    type: 'business-assistant',
    system_prompt: 'You are a business assistant. Answer precisely, state your assumptions, and say when you need more information.',
    instruction_template: null,
    capabilities: ['analysis', 'writing', 'summarization'],
    configuration: { temperature: 0.3 },
  },
  'research-assistant': {
    type: 'research-assistant',
    system_prompt: 'You are a research assistant. Find and summarise sources, and attribute every claim to the source it came from.',
    instruction_template: null,
    capabilities: ['search', 'summarization', 'citation'],
    configuration: { temperature: 0.2 },
  },
  'support-agent': {
    type: 'support-agent',
    system_prompt: 'You are a customer support agent. Be brief and friendly, and hand over to a person when you cannot help.',
    instruction_template: 'Customer message: {{task}}',
    capabilities: ['support', 'writing'],
    configuration: { temperature: 0.5 },
  },
  bookkeeper: {
    type: 'business-assistant',
    system_prompt: 'You are a bookkeeper. Keep figures exact and show how each total was reached.',
    instruction_template: null,
    capabilities: ['ledger', 'reporting'],
    configuration: { temperature: 0.1 },
  },
};

/** The named built-in template; null for none; 422 TEMPLATE_NOT_FOUND for a name that is not one. */
export const templateNamed = (name: string | null | undefined): AgentTemplate | null => {
  if (name === null || name === undefined) return null;
  const template = BUILT_IN_TEMPLATES[name];
  if (!template) {
    const known = Object.keys(BUILT_IN_TEMPLATES);
    throw new Unprocessable('TEMPLATE_NOT_FOUND', `there is no template ${name}; choose one of ${known.join(', ')}`, [{ field: 'template', issue: 'no such template', allowed: known }]);
  }
  return template;
};
