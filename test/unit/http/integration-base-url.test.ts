import { createIntegrationBody, updateIntegrationBody } from '../../../lambdas/http/integrations/schemas';

const integration = (base_url: unknown) => ({
  kind: 'embedding',
  provider: 'openai-compatible',
  name: 'Embeddings',
  config: { base_url, model: 'e5' },
});

describe("an integration's config.base_url, checked when it is written", () => {
  it('accepts a public https:// URL', () => {
    expect(createIntegrationBody.safeParse(integration('https://llm.example.com/v1')).success).toBe(true);
  });

  it.each([
    ['the instance metadata address', 'http://169.254.169.254/latest/meta-data/'],
    ['a private address', 'https://10.0.0.5/v1'],
    ['an internal host name', 'https://vault.internal/v1'],
    ['credentials in the URL', 'https://user:pass@llm.example.com/v1'],
    ['something that is not a URL', 'not a url'],
    ['a number', 42],
  ])('refuses %s on create and update (SSRF through an integration)', (_, baseUrl) => {
    const created = createIntegrationBody.safeParse(integration(baseUrl));
    expect(created.success).toBe(false);
    expect(created.error?.issues[0]?.path).toEqual(['config', 'base_url']);
    expect(updateIntegrationBody.safeParse({ config: { base_url: baseUrl } }).success).toBe(false);
  });
});
