import {
  type AssignedPluginFacts,
  checkHealth,
  failingChecks,
  type HealthCapability,
  type HealthInputs,
  type IntegrationFacts,
  requiredCredentials,
} from '../../../../lambdas/domain/agents/health';

const NOW = '2026-01-15T10:30:00.000Z';

const plugin = (changes: Partial<AssignedPluginFacts> = {}): AssignedPluginFacts => ({
  plugin_id: 'plg_1',
  name: 'search',
  enabled: true,
  requires_credentials: [],
  ...changes,
});
const integration = (changes: Partial<IntegrationFacts> = {}): IntegrationFacts => ({
  id: 'int_1',
  kind: 'llm',
  provider: 'openai-compatible',
  config: {},
  credential_names: ['OPENAI_API_KEY'],
  ...changes,
});

const inputs = (changes: Partial<HealthInputs> = {}): HealthInputs => ({
  agent: { llm_provider: 'local', llm_integration_id: null, storage_integration_id: null },
  held_credentials: [],
  integrations: new Map(),
  plugins: [],
  local_provider_available: true,
  ...changes,
});

const capability = (i: HealthInputs, name: HealthCapability) => checkHealth(i, NOW).capabilities[name];

describe('an agent health check', () => {
  it('is healthy with every capability healthy and no reasons, stamped with the time it ran', () => {
    expect(checkHealth(inputs(), NOW)).toEqual({
      healthy: true,
      checked_at: NOW,
      capabilities: {
        model: { healthy: true, reason: null },
        plugins: { healthy: true, reason: null },
        credentials: { healthy: true, reason: null },
        integrations: { healthy: true, reason: null },
      },
    });
  });

  describe('model', () => {
    it('fails for the local provider where it does not run', () => {
      expect(capability(inputs({ local_provider_available: false }), 'model')).toEqual({
        healthy: false,
        reason: expect.stringContaining('only in the local runtime'),
      });
    });

    it('needs no stored credential for bedrock', () => {
      expect(
        capability(inputs({ agent: { llm_provider: 'bedrock', llm_integration_id: null, storage_integration_id: null } }), 'model').healthy,
      ).toBe(true);
    });

    it("needs the agent's OpenAI key, or a base URL, for openai-compatible without an integration", () => {
      const agent = { llm_provider: 'openai-compatible' as const, llm_integration_id: null, storage_integration_id: null };
      expect(capability(inputs({ agent }), 'model')).toEqual({ healthy: false, reason: expect.stringContaining('OPENAI_API_KEY') });
      expect(capability(inputs({ agent, held_credentials: ['API_KEY'] }), 'model').healthy).toBe(true);
      expect(capability(inputs({ agent, held_credentials: ['OPENAI_BASE_URL'] }), 'model').healthy).toBe(true);
    });

    it("reads the llm integration's provider and credential names instead of the agent's", () => {
      const agent = { llm_provider: 'local' as const, llm_integration_id: 'int_1', storage_integration_id: null };
      expect(capability(inputs({ agent, integrations: new Map([['int_1', integration()]]) }), 'model').healthy).toBe(true);
      const keyless = integration({ credential_names: [] });
      expect(
        capability(inputs({ agent, held_credentials: ['OPENAI_API_KEY'], integrations: new Map([['int_1', keyless]]) }), 'model'),
      ).toEqual({
        healthy: false,
        reason: expect.stringContaining('integration int_1'),
      });
      const ownServer = integration({ credential_names: [], config: { base_url: 'http://localhost:11434/v1' } });
      expect(capability(inputs({ agent, integrations: new Map([['int_1', ownServer]]) }), 'model').healthy).toBe(true);
    });

    it('fails when the llm integration it names is gone or is not an llm integration', () => {
      const agent = { llm_provider: 'local' as const, llm_integration_id: 'int_1', storage_integration_id: null };
      expect(capability(inputs({ agent }), 'model')).toEqual({ healthy: false, reason: expect.stringContaining('int_1 no longer exists') });
      expect(capability(inputs({ agent, integrations: new Map([['int_1', integration({ kind: 'storage' })]]) }), 'model').healthy).toBe(
        false,
      );
    });

    it("takes a probe's outcome only once the configuration passes", () => {
      const failedProbe = { healthy: false, reason: 'the probe call to m failed: refused' };
      expect(capability(inputs({ probe: failedProbe }), 'model')).toEqual(failedProbe);
      expect(capability(inputs({ probe: failedProbe, local_provider_available: false }), 'model').reason).toContain(
        'only in the local runtime',
      );
    });
  });

  it('fails plugins naming each assigned plugin no longer enabled', () => {
    const health = checkHealth(inputs({ plugins: [plugin(), plugin({ plugin_id: 'plg_2', name: null, enabled: false })] }), NOW);
    expect(health.healthy).toBe(false);
    expect(health.capabilities.plugins).toEqual({ healthy: false, reason: expect.stringContaining('plg_2') });
    expect(health.capabilities.plugins.reason).not.toContain('plg_1');
  });

  it('fails credentials naming those the plugins require that the agent does not hold', () => {
    const plugins = [
      plugin({ requires_credentials: ['SEARCH_KEY', 'CRM_TOKEN'] }),
      plugin({ plugin_id: 'plg_2', requires_credentials: ['CRM_TOKEN'] }),
    ];
    expect(requiredCredentials(plugins)).toEqual(['CRM_TOKEN', 'SEARCH_KEY']);
    const reason = capability(inputs({ plugins, held_credentials: ['CRM_TOKEN'] }), 'credentials').reason;
    expect(reason).toContain('SEARCH_KEY');
    expect(reason).not.toContain('CRM_TOKEN');
    expect(capability(inputs({ plugins, held_credentials: ['CRM_TOKEN', 'SEARCH_KEY'] }), 'credentials').healthy).toBe(true);
  });

  it('fails integrations naming a field whose integration is gone or of another kind', () => {
    const agent = { llm_provider: 'local' as const, llm_integration_id: null, storage_integration_id: 'int_2' };
    expect(capability(inputs({ agent }), 'integrations')).toEqual({
      healthy: false,
      reason: expect.stringContaining('storage_integration_id int_2 no longer exists'),
    });
    const wrongKind = new Map([['int_2', integration({ id: 'int_2', kind: 'llm' })]]);
    expect(capability(inputs({ agent, integrations: wrongKind }), 'integrations').reason).toContain('is of kind llm, not storage');
    expect(
      capability(inputs({ agent, integrations: new Map([['int_2', integration({ id: 'int_2', kind: 'storage' })]]) }), 'integrations')
        .healthy,
    ).toBe(true);
  });

  it('lists only the failing checks for a 409 AGENT_UNHEALTHY', () => {
    const health = checkHealth(inputs({ plugins: [plugin({ requires_credentials: ['SEARCH_KEY'] })] }), NOW);
    expect(failingChecks(health)).toEqual([
      { field: 'health.capabilities.credentials', check: 'credentials', issue: expect.stringContaining('SEARCH_KEY') },
    ]);
  });
});
