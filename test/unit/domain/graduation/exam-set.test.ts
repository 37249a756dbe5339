import { byLevel } from '../../../../lambdas/domain/graduation/exam-set';

describe("a workspace's exam sets", () => {
  it('are listed lowest target level first, whatever order they were read in', () => {
    const sets = [{ level: 'autonomous' }, { level: 'intern' }, { level: 'supervised' }];
    expect(byLevel(sets).map((s) => s.level)).toEqual(['intern', 'supervised', 'autonomous']);
    expect(sets[0]?.level).toBe('autonomous');
  });
});
