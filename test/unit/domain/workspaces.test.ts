import { agentLimitOf, asClaimedBy, concurrencyCapOf, countedOwner, fieldsRefused, newWorkspace } from '../../../lambdas/domain/workspaces';

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

describe('a member read beside its claim', () => {
  const invitation = {
    workspace_id: 'ws_1',
    email: 'ada@example.com',
    role: 'owner' as const,
    user_id: null,
    invited_by: 'user_0',
    joined_at: '2026-01-01T00:00:00.000Z',
  };
  const ada = { auth_type: 'jwt', email: 'ada@example.com', user_id: 'user_ada' };

  it("shows the caller's own claim of the invitation, which moves the creator's owned-workspace count", () => {
    const claimed = asClaimedBy(invitation, ada);
    expect(claimed.user_id).toBe('user_ada');
    expect(countedOwner(newWorkspace('ws_1', 'Acme', 'user_ada', invitation.joined_at), claimed)).toBe('user_ada');
  });

  it('leaves another member, a held membership and an API key caller as read', () => {
    expect(asClaimedBy(invitation, { ...ada, email: 'bob@example.com' }).user_id).toBeNull();
    expect(asClaimedBy({ ...invitation, user_id: 'user_old' }, ada).user_id).toBe('user_old');
    expect(asClaimedBy(invitation, { ...ada, auth_type: 'api_key' }).user_id).toBeNull();
  });
});
