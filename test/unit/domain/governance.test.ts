import { allowedRisks, approvalRequiredRisks, governStep } from '../../../lambdas/domain/governance';

const agent = (maturity_level: 'student' | 'intern' | 'supervised' | 'autonomous', flags: { read_only_enabled?: boolean; autonomy_enabled?: boolean } = {}) => ({
  maturity_level,
  read_only_enabled: flags.read_only_enabled ?? false,
  autonomy_enabled: flags.autonomy_enabled ?? false,
});

describe('governance by maturity level', () => {
  it.each([
    ['student', ['read']],
    ['intern', ['read', 'analyze']],
    ['supervised', ['read', 'analyze', 'create']],
    ['autonomous', ['read', 'analyze', 'create', 'high']],
  ] as const)('a %s agent may take %j steps', (level, risks) => {
    expect(allowedRisks(agent(level))).toEqual(risks);
  });

  it('read-only forbids create and high steps at any level', () => {
    expect(allowedRisks(agent('autonomous', { read_only_enabled: true }))).toEqual(['read', 'analyze']);
    expect(governStep(agent('autonomous', { read_only_enabled: true }), 'high')).toBe('forbidden');
  });

  it('without autonomy, create and high steps the level allows wait for approval', () => {
    expect(approvalRequiredRisks(agent('autonomous'))).toEqual(['create', 'high']);
    expect(governStep(agent('supervised'), 'create')).toBe('needs_approval');
    expect(governStep(agent('supervised', { autonomy_enabled: true }), 'create')).toBe('allowed');
    expect(governStep(agent('student'), 'analyze')).toBe('forbidden');
  });
});
