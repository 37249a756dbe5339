import type { Agent } from '../../../lambdas/domain/agents/model';
import { providerFor, type ProviderOptions } from '../../../lambdas/providers/provider-for';

const options: ProviderOptions = { credentials: async () => ({}), policy: { allowPlainHttp: false } };

describe('the provider a run uses', () => {
  it('runs the offline local provider in the local runtime', async () => {
    const provider = await providerFor({ llm_provider: 'local' }, options, 'local');
    expect(provider).toBeDefined();
  });

  it('fails the turn naming the local provider when deployed, so steering markers never reach it', async () => {
    await expect(providerFor({ llm_provider: 'local' }, options, 'prod')).rejects.toMatchObject({
      name: 'ProviderFailed',
      message: expect.stringContaining('only in the local runtime'),
    });
  });

  it.each(['local', 'prod'])('fails the turn naming an unknown provider instead of falling back to local (%s)', async (environment) => {
    const unknown = { llm_provider: 'mystery' } as unknown as Pick<Agent, 'llm_provider'>;
    await expect(providerFor(unknown, options, environment)).rejects.toMatchObject({
      name: 'ProviderFailed',
      message: expect.stringContaining('unknown model provider "mystery"'),
    });
  });
});
