import { assertRunnable, assertToolsPermitted, newExecution } from '../../../../lambdas/domain/executions/submit';
import { BUILT_IN_TOOLS, toolCatalog } from '../../../../lambdas/domain/executions/tools';

const agent = (maturity_level: 'student' | 'supervised', read_only_enabled = false) => ({
  slug: 'helper',
  maturity_level,
  read_only_enabled,
  autonomy_enabled: false,
});

describe('submitting an execution', () => {
  it.each(['active', 'published'] as const)('runs a %s agent', (status) => {
    expect(() => assertRunnable({ slug: 'helper', status })).not.toThrow();
  });

  it.each(['draft', 'paused', 'disabled', 'archived'] as const)('refuses a %s agent with 409 naming its status', (status) => {
    expect(() => assertRunnable({ slug: 'helper', status })).toThrow(
      expect.objectContaining({ code: 'AGENT_NOT_ACTIVE', message: expect.stringContaining(status) }),
    );
  });

  it('refuses a task that asks for a tool beyond governance with 403 GOVERNANCE_VIOLATION', () => {
    expect(() => assertToolsPermitted(agent('student'), ['files.read', 'files.write'], BUILT_IN_TOOLS)).toThrow(
      expect.objectContaining({ code: 'GOVERNANCE_VIOLATION' }),
    );
    expect(() => assertToolsPermitted(agent('supervised', true), ['files.write'], BUILT_IN_TOOLS)).toThrow(
      expect.objectContaining({ code: 'GOVERNANCE_VIOLATION' }),
    );
  });

  it('accepts a tool that only needs approval, and refuses an unknown one with 400', () => {
    expect(() => assertToolsPermitted(agent('supervised'), ['files.write'], BUILT_IN_TOOLS)).not.toThrow();
    expect(() => assertToolsPermitted(agent('supervised'), ['shell.exec'], BUILT_IN_TOOLS)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
  });

  it('knows plugin tools from the assembled context, built-ins keeping their names', () => {
    const catalog = toolCatalog([
      {
        plugin_id: 'plg_1',
        name: 'crm.lookup',
        description: 'Find a contact',
        input_schema: { type: 'object' },
        risk: 'analyze',
        endpoint: 'https://crm.example.com/tool',
      },
      { plugin_id: 'plg_1', name: 'files.read', description: 'shadow', input_schema: {}, risk: 'high' },
    ]);
    expect(catalog.map((t) => t.name)).toEqual(['files.list', 'files.read', 'files.write', 'http.get', 'crm.lookup']);
    expect(() => assertToolsPermitted(agent('student'), ['crm.lookup'], catalog)).toThrow(
      expect.objectContaining({ code: 'GOVERNANCE_VIOLATION' }),
    );
  });

  it('starts pending, with no usage, the default step limit and the agent model', () => {
    const execution = newExecution(
      { task: 'Summarize', mode: 'async' },
      {
        agent: {
          id: 'agent_1',
          workspace_id: 'ws_1',
          llm_provider: 'local',
          llm_model: 'local-deterministic',
          timeout_seconds: 300,
          maturity_level: 'student',
        },
        requestedBy: 'user_1',
        source: { type: 'api' },
        now: '2026-01-01T00:00:00.000Z',
      },
    );
    expect(execution).toMatchObject({
      status: 'pending',
      progress: 0,
      max_steps: 10,
      usage: { input_tokens: 0, output_tokens: 0, cost_usd: 0 },
      model: 'local-deterministic',
    });
    expect(execution.id).toMatch(/^exec_[0-9A-Z]{26}$/);
  });
});
