import { runRefusal } from '../../../../lambdas/domain/agents/run-rights';

describe('run rights', () => {
  it('lets owners, admins and use shares run an agent, and refuses a view share', () => {
    expect(['owner', 'admin', 'use'].map((access) => runRefusal(access as 'owner' | 'admin' | 'use'))).toEqual([null, null, null]);
    expect(runRefusal('view')).toEqual({ lacks: 'access', access: 'view' });
  });

  it('refuses a key without the execute scope before judging its access, and counts admin as every scope', () => {
    expect(runRefusal('view', ['read'])).toEqual({ lacks: 'scope' });
    expect(runRefusal('owner', ['read', 'write'])).toEqual({ lacks: 'scope' });
    expect(runRefusal('owner', ['execute'])).toBeNull();
    expect(runRefusal('use', ['admin'])).toBeNull();
    expect(runRefusal('view', ['execute'])).toEqual({ lacks: 'access', access: 'view' });
  });
});
