import { planEnablement } from '../../../../lambdas/domain/plugins/enablement';
import type { Plugin, PluginVersion, VersionSummary } from '../../../../lambdas/domain/plugins/model';

const latest: VersionSummary = {
  version: '2.0.0',
  description: 'd',
  skills: [],
  commands: [],
  tools: [],
  requires: [{ name: 'base', version: '^2.0.0' }],
  requires_credentials: [],
  published_at: '2026-01-01T00:00:00.000Z',
};

const plugin: Plugin = {
  id: 'plg_1',
  name: 'search',
  description: 'd',
  workspace_id: 'ws_1',
  created_by: 'user_1',
  created_at: '2026-01-01T00:00:00.000Z',
  updated_at: '2026-01-01T00:00:00.000Z',
  latest_version: '2.0.0',
  latest,
  version: 1,
};

const pinned = {
  plugin_id: 'plg_1',
  version: '1.0.0',
  manifest: { ...latest, name: 'search', version: '1.0.0', requires: [], skills: [], commands: [], tools: [] },
  created_at: '2025-06-01T00:00:00.000Z',
} as unknown as PluginVersion;

const codeOf = (run: () => unknown) => {
  try {
    run();
    return null;
  } catch (error) {
    return (error as { code?: string }).code;
  }
};

describe('planning a plugin enablement', () => {
  it('follows the latest version with its requirements when no version is pinned', () => {
    expect(planEnablement(plugin, undefined, null)).toEqual({
      target: { name: 'search', plugin_id: 'plg_1', version: '2.0.0', requires: latest.requires, enabled: true },
      pin: null,
      approved: latest,
    });
  });

  it("runs a pinned version with that version's own requirements", () => {
    const plan = planEnablement(plugin, '1.0.0', pinned);
    expect({ version: plan.target.version, requires: plan.target.requires, pin: plan.pin, approved: plan.approved.version }).toEqual({
      version: '1.0.0',
      requires: [],
      pin: { version: '1.0.0', requires: [] },
      approved: '1.0.0',
    });
  });

  it('refuses a plugin without a version, and a pinned version it does not have (422)', () => {
    expect(codeOf(() => planEnablement({ ...plugin, latest_version: null, latest: null }, undefined, null))).toBe('PLUGIN_NOT_PUBLISHED');
    expect(codeOf(() => planEnablement(plugin, '9.9.9', null))).toBe('PLUGIN_VERSION_NOT_FOUND');
  });
});
