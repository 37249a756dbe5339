import { isGithubRepo } from '../../../../lambdas/domain/agents/github-repo';
import { parseCpu, parseMemory } from '../../../../lambdas/domain/agents/resources';
import { runtimeStateAfter } from '../../../../lambdas/domain/agents/runtime-state';
import { aliasConfig, canonicalProvider, workersAiBaseUrl } from '../../../../lambdas/domain/provider-aliases';

describe('resource hints in the spellings other agent APIs use', () => {
  it.each([
    [2, 2],
    ['2', 2],
    ['0.5', 0.5],
    ['500m', 0.5],
    ['two', null],
    ['-1', null],
    ['', null],
  ])('cpu %p reads as %p', (sent, stored) => expect(parseCpu(sent)).toBe(stored));

  it.each([
    ['4g', '4g'],
    ['4G', '4g'],
    ['4Gi', '4g'],
    ['512MB', '512m'],
    ['512 m', '512m'],
    ['4', null],
    ['4t', null],
    ['lots', null],
  ])('memory %p reads as %p', (sent, stored) => expect(parseMemory(sent)).toBe(stored));
});

describe('github_repo', () => {
  it.each(['Org/repo', 'my-org/my.repo_1', 'https://github.com/Org/repo.git', 'https://git.example.com:8443/team/project'])(
    '%p is a repository',
    (repo) => expect(isGithubRepo(repo)).toBe(true),
  );

  it.each([
    'repo',
    'Org/repo/extra',
    'http://github.com/Org/repo',
    'file:///etc/passwd',
    'git@github.com:Org/repo.git',
    'https://github.com/../etc',
  ])('%p is not', (repo) => expect(isGithubRepo(repo)).toBe(false));
});

describe("a run's end and the agent's runtime_state", () => {
  it.each([
    ['completed', 'idle'],
    ['failed', 'failed'],
    ['timed_out', 'failed'],
    ['cancelled', null],
  ] as const)('a %s run leaves the agent %p', (status, state) => expect(runtimeStateAfter(status)).toBe(state));
});

describe('provider aliases', () => {
  it('openai and workers-ai are stored as openai-compatible; other names stay', () => {
    expect(canonicalProvider('openai')).toBe('openai-compatible');
    expect(canonicalProvider('workers-ai')).toBe('openai-compatible');
    expect(canonicalProvider('bedrock')).toBe('bedrock');
  });

  it("fills in OpenAI's endpoint, or Cloudflare's for the account, unless a base_url was sent", () => {
    const account = '0123456789abcdef0123456789abcdef';
    expect(aliasConfig('openai', {})).toEqual({ base_url: 'https://api.openai.com/v1' });
    expect(aliasConfig('openai', { base_url: 'https://proxy.example.com/v1' })).toEqual({ base_url: 'https://proxy.example.com/v1' });
    expect(aliasConfig('workers-ai', { account_id: account })).toEqual({ account_id: account, base_url: workersAiBaseUrl(account) });
    expect(workersAiBaseUrl(account)).toBe(`https://api.cloudflare.com/client/v4/accounts/${account}/ai/v1`);
  });

  it('workers-ai without a well-formed account id has no endpoint', () => {
    expect(aliasConfig('workers-ai', {})).toBeNull();
    expect(aliasConfig('workers-ai', { account_id: '../../evil' })).toBeNull();
  });
});
