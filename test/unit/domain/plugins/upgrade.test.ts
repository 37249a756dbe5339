import type { VersionSummary } from '../../../../lambdas/domain/plugins/model';
import { escalations, runningVersion } from '../../../../lambdas/domain/plugins/upgrade';

const summary = (version: string, changes: Partial<VersionSummary> = {}): VersionSummary => ({
  version,
  description: 'd',
  skills: [],
  commands: [],
  tools: [{ name: 'search', risk: 'read', endpoint: 'https://tools.example' }],
  requires: [],
  requires_credentials: ['SEARCH_KEY'],
  published_at: '2026-01-01T00:00:00.000Z',
  ...changes,
});

describe('what a new plugin version asks for beyond the approved one', () => {
  it('asks for nothing more when only descriptions, skills and paths change', () => {
    const next = summary('1.1.0', {
      description: 'better',
      skills: ['s'],
      tools: [{ name: 'search', risk: 'read', endpoint: 'https://tools.example' }],
    });
    expect(escalations(summary('1.0.0'), next)).toEqual([]);
  });

  it('names a tool whose risk went up, and a new tool riskier than every approved one', () => {
    expect(
      escalations(summary('1.0.0'), summary('1.1.0', { tools: [{ name: 'search', risk: 'create', endpoint: 'https://tools.example' }] })),
    ).toEqual(['tool_risk']);
    const added = [...summary('1.0.0').tools, { name: 'send', risk: 'egress' as const }];
    expect(escalations(summary('1.0.0'), summary('1.1.0', { tools: added }))).toEqual(['tool_risk']);
  });

  it('accepts a new tool no riskier than the riskiest approved one', () => {
    const added = [...summary('1.0.0').tools, { name: 'lookup', risk: 'read' as const }];
    expect(escalations(summary('1.0.0'), summary('1.1.0', { tools: added }))).toEqual([]);
  });

  it('names an endpoint on a new origin or Lambda ARN, and a new required credential', () => {
    const moved = summary('1.1.0', {
      tools: [{ name: 'search', risk: 'read', endpoint: 'https://elsewhere.example' }],
      requires_credentials: ['SEARCH_KEY', 'OTHER'],
    });
    expect(escalations(summary('1.0.0'), moved)).toEqual(['endpoint', 'requires_credentials']);
  });
});

describe('the version an enabled plugin runs', () => {
  const plugin = (latest: VersionSummary) => ({ latest_version: latest.version, latest });

  it('runs the pin when pinned', () => {
    const running = runningVersion(plugin(summary('2.0.0')), { pinned_version: '1.0.0', pinned_requires: [], approved: summary('1.0.0') });
    expect(running).toEqual({ version: '1.0.0', requires: [], held_back: [] });
  });

  it('follows the latest while it asks for nothing more than the approved version', () => {
    expect(
      runningVersion(plugin(summary('1.1.0')), { pinned_version: null, pinned_requires: null, approved: summary('1.0.0') })?.version,
    ).toBe('1.1.0');
  });

  it('holds at the approved version, saying why, when the latest asks for more', () => {
    const risky = summary('1.1.0', { requires_credentials: ['SEARCH_KEY', 'BANK_TOKEN'] });
    expect(runningVersion(plugin(risky), { pinned_version: null, pinned_requires: null, approved: summary('1.0.0') })).toEqual({
      version: '1.0.0',
      requires: [],
      held_back: ['requires_credentials'],
    });
  });

  it('runs the latest for a plugin the workspace has not enabled', () => {
    expect(runningVersion(plugin(summary('1.1.0')), null)?.version).toBe('1.1.0');
  });
});
