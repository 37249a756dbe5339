import type { VersionSummary } from '../../../../lambdas/domain/plugins/model';
import { runningSkills, skillsOf } from '../../../../lambdas/domain/plugins/skills';

const summary = (version: string, skills: string[]): VersionSummary => ({
  version,
  description: '',
  skills,
  commands: [],
  tools: [],
  requires: [],
  requires_credentials: [],
  published_at: '2026-01-01T00:00:00Z',
});

describe('the skills an assigned plugin brings', () => {
  const plugin = { latest_version: '2.0.0', latest: summary('2.0.0', ['summarize', 'translate']) };

  it('are those of the latest version when the workspace follows it', () => {
    expect(
      runningSkills(plugin, { pinned_version: null, pinned_requires: null, approved: summary('2.0.0', ['summarize', 'translate']) }),
    ).toEqual(['summarize', 'translate']);
    expect(runningSkills(plugin, null)).toEqual(['summarize', 'translate']);
  });

  it('are those of the pinned version, which was approved when pinned', () => {
    expect(runningSkills(plugin, { pinned_version: '1.0.0', pinned_requires: [], approved: summary('1.0.0', ['summarize']) })).toEqual([
      'summarize',
    ]);
  });

  it('are those of the approved version while a riskier latest is held back', () => {
    const risky = {
      latest_version: '2.0.0',
      latest: { ...summary('2.0.0', ['summarize', 'delete-all']), tools: [{ name: 't', risk: 'high' as const }] },
    };
    const approved = { ...summary('1.0.0', ['summarize']), tools: [{ name: 't', risk: 'read' as const }] };
    expect(runningSkills(risky, { pinned_version: null, pinned_requires: null, approved })).toEqual(['summarize']);
  });

  it('are none for a plugin with no version yet', () => {
    expect(runningSkills({ latest_version: null, latest: null }, null)).toEqual([]);
  });

  it('follow the assignment: in priority order, and gone with a plugin removed since', () => {
    const skills = [
      { plugin_id: 'a', name: 'one' },
      { plugin_id: 'b', name: 'two' },
      { plugin_id: 'c', name: 'three' },
    ];
    expect(skillsOf(['c', 'a'], skills)).toEqual([
      { plugin_id: 'c', name: 'three' },
      { plugin_id: 'a', name: 'one' },
    ]);
  });
});
