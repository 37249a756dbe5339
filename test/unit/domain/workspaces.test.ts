import { agentLimitOf, concurrencyCapOf, fieldsRefused, newWorkspace } from '../../../lambdas/domain/workspaces';

describe('workspace agent limit', () => {
  const workspace = newWorkspace('ws_1', 'Acme', 'user_1', '2026-01-01T00:00:00.000Z');

  it("is the tier's limit unless a platform operator set an override, which wins even when it is lower", () => {
    expect(agentLimitOf(workspace)).toBe(3);
    expect(agentLimitOf({ ...workspace, tier: 'solo' })).toBe(20);
    expect(agentLimitOf({ ...workspace, tier: 'solo', agent_limit_override: 1 })).toBe(1);
  });
});

describe('workspace run concurrency', () => {
  const workspace = newWorkspace('ws_1', 'Acme', 'user_1', '2026-01-01T00:00:00.000Z');

  it("is the tier's figure unless a platform operator set one", () => {
    expect(concurrencyCapOf(workspace)).toBe(2);
    expect(concurrencyCapOf({ ...workspace, tier: 'team', execution_concurrency_override: 40 })).toBe(40);
  });
});

describe('who may change what of a workspace', () => {
  const member = { platform_admin: false };

  it('leaves plan fields to platform operators, whatever their role', () => {
    expect(fieldsRefused(member, 'owner', { tier: 'team', name: 'Acme' })).toEqual({ operator: ['tier'], settings: false });
    expect(fieldsRefused({ platform_admin: true }, null, { tier: 'team', agent_limit_override: 9 })).toEqual({
      operator: [],
      settings: false,
    });
  });

  it('leaves the settings to owners and admins', () => {
    expect(fieldsRefused(member, 'member', { four_eyes_approval: true })).toEqual({ operator: [], settings: true });
    expect(fieldsRefused(member, 'admin', { four_eyes_approval: true, default_llm: null })).toEqual({ operator: [], settings: false });
  });
});
