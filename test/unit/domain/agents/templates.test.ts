import { newAgent } from '../../../../lambdas/domain/agents/plan';
import type { NewAgentInput } from '../../../../lambdas/domain/agents/model';
import { type AgentTemplate, BUILT_IN_TEMPLATES, resolveTemplate } from '../../../../lambdas/domain/agents/templates';

const create = (input: Partial<NewAgentInput>, workspaceTemplate: AgentTemplate | null = null) =>
  newAgent({ name: 'From a template', ...input } as NewAgentInput, {
    id: 'agent_01',
    workspaceId: 'ws_01',
    creator: { user_id: 'u', email: 'u@example.com' },
    now: '2026-01-01T00:00:00Z',
    defaults: { llm_provider: 'local', llm_model: 'local-deterministic' },
    template: resolveTemplate(input.template, workspaceTemplate),
  });

const ownTemplate: AgentTemplate = {
  description: null,
  type: 'legal-assistant',
  system_prompt: 'You read contracts.',
  instruction_template: 'Contract: {{task}}',
  capabilities: ['contracts'],
  configuration: { temperature: 0 },
  plugin_ids: [],
};

describe('creating an agent from a template', () => {
  it('fills type, prompts, capabilities and configuration the request leaves out', () => {
    const template = BUILT_IN_TEMPLATES['business-assistant'];
    expect(create({ template: 'business-assistant' })).toMatchObject({
      template: 'business-assistant',
      type: template?.type,
      system_prompt: template?.system_prompt,
      capabilities: template?.capabilities,
      configuration: template?.configuration,
    });
  });

  it('lets the request win field by field, and configuration key by key', () => {
    const agent = create({
      template: 'research-assistant',
      system_prompt: 'Mine.',
      capabilities: ['x'],
      configuration: { max_tokens: 100 },
    });
    expect(agent).toMatchObject({
      system_prompt: 'Mine.',
      capabilities: ['x'],
      type: 'research-assistant',
      configuration: { temperature: 0.2, max_tokens: 100 },
    });
  });

  it("fills from the workspace's own template when the name is not a built-in one", () => {
    expect(create({ template: 'contracts' }, ownTemplate)).toMatchObject({
      template: 'contracts',
      type: 'legal-assistant',
      system_prompt: 'You read contracts.',
      instruction_template: 'Contract: {{task}}',
      configuration: { temperature: 0 },
    });
  });

  it('reads a built-in name as the built-in template whatever the workspace holds', () => {
    expect(resolveTemplate('bookkeeper', ownTemplate)).toBe(BUILT_IN_TEMPLATES.bookkeeper);
  });

  it('leaves an agent without a template as it was', () => {
    expect(create({})).toMatchObject({
      template: null,
      type: 'business-assistant',
      system_prompt: null,
      capabilities: [],
      configuration: {},
    });
  });

  it("refuses a template that is neither built in nor the workspace's with 422 TEMPLATE_NOT_FOUND listing the built-in ones", () => {
    expect(() => create({ template: 'no-such-template' })).toThrow(
      expect.objectContaining({
        code: 'TEMPLATE_NOT_FOUND',
        details: [expect.objectContaining({ field: 'template', allowed: Object.keys(BUILT_IN_TEMPLATES) })],
      }),
    );
  });
});

describe("the workspace's model parameters on create", () => {
  it('sit beneath the template’s configuration and the request’s', () => {
    const agent = newAgent({ name: 'Layered', template: 'own', configuration: { max_tokens: 64 } } as NewAgentInput, {
      id: 'agent_01',
      workspaceId: 'ws_01',
      creator: { user_id: 'u', email: 'u@example.com' },
      now: '2026-01-01T00:00:00Z',
      defaults: {
        llm_provider: 'local',
        llm_model: 'local-deterministic',
        configuration: { temperature: 0.7, max_tokens: 500, top_p: 0.9 },
      },
      template: resolveTemplate('own', ownTemplate),
    });
    expect(agent.configuration).toEqual({ temperature: 0, max_tokens: 64, top_p: 0.9 });
  });
});
