import {
  agentLimitOf,
  concurrencyCapOf,
  fieldsRefused,
  type Member,
  newWorkspace,
  ownedPlaceMove,
  ownedPlaceReleased,
} from '../../../lambdas/domain/workspaces';

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

describe("a creator's owned-workspace place", () => {
  const workspace = newWorkspace('ws_1', 'One', 'usr_creator', '2026-01-01T00:00:00.000Z');
  const member = (changes: Partial<Member>): Member => ({
    workspace_id: 'ws_1',
    email: 'creator@example.com',
    role: 'owner',
    user_id: 'usr_creator',
    invited_by: null,
    joined_at: '2026-01-01T00:00:00.000Z',
    ...changes,
  });

  it('is released by the membership that holds it, and by no other', () => {
    expect(ownedPlaceReleased(workspace, member({ counted_as_owned: true }))).toBe('usr_creator');
    expect(ownedPlaceReleased(workspace, member({ counted_as_owned: false }))).toBeNull();
    expect(ownedPlaceReleased(workspace, member({ counted_as_owned: true, role: 'admin' }))).toBeNull();
  });

  it("is held, on a membership stored before it was recorded, by the creator's own and by no invitation", () => {
    expect(ownedPlaceReleased(workspace, member({}))).toBe('usr_creator');
    expect(ownedPlaceReleased(workspace, member({ invited_by: 'heir@example.com' }))).toBeNull();
    expect(ownedPlaceReleased(workspace, member({ user_id: 'usr_other' }))).toBeNull();
    expect(ownedPlaceReleased(workspace, member({ user_id: null }))).toBeNull();
  });

  it('is released when its owner steps down, and taken again when the creator steps back up', () => {
    expect(ownedPlaceMove(workspace, member({ counted_as_owned: true }), 'admin')).toEqual({
      releases: 'usr_creator',
      takes: null,
      counted: false,
    });
    expect(ownedPlaceMove(workspace, member({ role: 'admin', counted_as_owned: false }), 'owner')).toEqual({
      releases: null,
      takes: 'usr_creator',
      counted: true,
    });
  });

  it('is never taken by making another member, or an unclaimed invitation, an owner', () => {
    const none = { releases: null, takes: null, counted: false };
    expect(ownedPlaceMove(workspace, member({ role: 'member', user_id: 'usr_other', counted_as_owned: false }), 'owner')).toEqual(none);
    expect(ownedPlaceMove(workspace, member({ role: 'member', user_id: null, counted_as_owned: false }), 'owner')).toEqual(none);
  });

  it('releases nothing when a claimed invitation of the creator steps down', () => {
    expect(ownedPlaceMove(workspace, member({ counted_as_owned: false }), 'member')).toEqual({
      releases: null,
      takes: null,
      counted: false,
    });
  });
});
