import { credentialValues, injectBody } from '../../../lambdas/http/credentials/schemas';

describe("an agent's OPENAI_BASE_URL credential, checked when it is stored", () => {
  it('accepts a public https:// URL', () => {
    expect(injectBody.safeParse({ credentials: { OPENAI_BASE_URL: 'https://llm.example.com/v1', OPENAI_API_KEY: 'sk-1' } }).success).toBe(
      true,
    );
  });

  it.each([
    ['the instance metadata address', 'http://169.254.169.254/latest/meta-data/'],
    ['a private address', 'https://10.0.0.5/v1'],
    ['an internal host name', 'https://vault.internal/v1'],
    ['credentials in the URL', 'https://user:pass@llm.example.com/v1'],
    ['something that is not a URL', 'not a url'],
  ])('refuses %s on inject and in an imported bundle (SSRF through a credential)', (_, baseUrl) => {
    const injected = injectBody.safeParse({ credentials: { OPENAI_BASE_URL: baseUrl } });
    expect(injected.success).toBe(false);
    expect(injected.error?.issues[0]?.path).toEqual(['credentials', 'OPENAI_BASE_URL']);
    expect(credentialValues.safeParse({ OPENAI_BASE_URL: baseUrl }).success).toBe(false);
  });

  it('leaves other credentials that look like URLs alone: only the model endpoint is called by the platform', () => {
    expect(injectBody.safeParse({ credentials: { WEBHOOK_URL: 'https://10.0.0.5/hook' } }).success).toBe(true);
  });
});
