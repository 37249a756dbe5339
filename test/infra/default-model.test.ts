import type { ModelAllowList } from '../../lambdas/domain/tiers';
import { environmentConfig } from '../../lib/config/environments';
import { asDeployed, lazily, routeEnvironment, synthPlatform, templateOf } from '../support/infra-platform';

const platform = lazily(() => synthPlatform('prod'));

describe('the model a new agent in a new prod workspace runs on', () => {
  const prod = environmentConfig('prod');

  it("creates a workspace without a default_llm whose system agent runs the environment's Bedrock model", async () => {
    const { workspace, system } = await asDeployed(routeEnvironment(platform(), 'workspaces-create'), async () => {
      const { newWorkspace } = await import('../../lambdas/domain/workspaces');
      const { systemAgent } = await import('../../lambdas/domain/agents/system-agent');
      const owner = { user_id: 'user_1', email: 'owner@example.com' };
      return {
        workspace: newWorkspace('ws_1', 'Acme', 'user_1', '2026-01-01T00:00:00.000Z'),
        system: systemAgent('agent_1', 'ws_1', owner, '2026-01-01T00:00:00.000Z'),
      };
    });
    expect(workspace.default_llm).toBeNull();
    expect(system).toMatchObject({ llm_provider: 'bedrock', llm_model: prod.defaultModel.model });
  });

  it("gives a new agent the environment's Bedrock model, allowed on the free tier, and refuses the local provider with 422", async () => {
    const environment = routeEnvironment(platform(), 'agents-create');
    expect(environment.PLATFORM_ENV).toBe('prod');
    const { model, allowed, localAllowed } = await asDeployed(environment, async () => {
      const { newWorkspace } = await import('../../lambdas/domain/workspaces');
      const { newAgentModel } = await import('../../lambdas/shared/model-defaults');
      const { isModelAllowed } = await import('../../lambdas/domain/model-access');
      const list = JSON.parse(environment.MODEL_ALLOW_LIST ?? '{}') as ModelAllowList;
      const chosen = newAgentModel(newWorkspace('ws_1', 'Acme', 'user_1', '2026-01-01T00:00:00.000Z'));
      return {
        model: chosen,
        allowed: isModelAllowed(list, 'free', chosen),
        localAllowed: isModelAllowed(list, 'free', { llm_provider: 'local', llm_model: 'local-deterministic' }),
      };
    });
    expect(model).toEqual({ llm_provider: 'bedrock', llm_model: prod.defaultModel.model });
    expect(allowed).toBe(true);
    expect(localAllowed).toBe(false);
  });

  it('tells every execution task it runs in prod, so the offline provider and its steering are never used there', () => {
    const functions = Object.values(templateOf(platform().executions).findResources('AWS::Lambda::Function'));
    expect(functions.length).toBeGreaterThan(0);
    for (const fn of functions)
      expect((fn.Properties as { Environment: { Variables: Record<string, unknown> } }).Environment.Variables.PLATFORM_ENV).toBe('prod');
  });
});
