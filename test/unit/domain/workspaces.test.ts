import { agentLimitOf, concurrencyCapOf, newWorkspace } from '../../../lambdas/domain/workspaces';

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
