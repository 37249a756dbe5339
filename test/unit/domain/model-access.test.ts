import { assertModelAllowed, assertProviderAvailable, isModelAllowed } from '../../../lambdas/domain/model-access';
import { tierModels } from '../../../lambdas/domain/tiers';

const local = { llm_provider: 'local', llm_model: 'local-deterministic' } as const;
const bedrock = { llm_provider: 'bedrock', llm_model: tierModels.free.bedrock[0] ?? '' } as const;

describe('which models an agent may run, by environment', () => {
  it('allows the offline local provider in the local runtime', () => {
    expect(isModelAllowed(tierModels, 'free', local, 'local')).toBe(true);
  });

  it.each(['dev', 'staging', 'prod'])('refuses the local provider when deployed to %s with 422 MODEL_NOT_ALLOWED', (environment) => {
    expect(isModelAllowed(tierModels, 'free', local, environment)).toBe(false);
    expect(() => assertModelAllowed(tierModels, 'free', local, environment)).toThrow(
      expect.objectContaining({ code: 'MODEL_NOT_ALLOWED', message: expect.stringContaining('only in the local runtime') }),
    );
  });

  it.each(['local', 'prod'])("allows a tier's Bedrock model in %s", (environment) => {
    expect(isModelAllowed(tierModels, 'free', bedrock, environment)).toBe(true);
  });
});

describe("a workspace's default provider, by environment", () => {
  it('accepts local as the default in the local runtime', () => {
    expect(() => assertProviderAvailable('local', 'local')).not.toThrow();
  });

  it('refuses local as the default when deployed with 422 MODEL_NOT_ALLOWED', () => {
    expect(() => assertProviderAvailable('local', 'prod')).toThrow(expect.objectContaining({ code: 'MODEL_NOT_ALLOWED' }));
    expect(() => assertProviderAvailable('bedrock', 'prod')).not.toThrow();
  });
});
