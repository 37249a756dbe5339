import { allowedRisks, approvalRequiredRisks, governStep, governTool } from '../../../lambdas/domain/governance';

const agent = (
  maturity_level: 'student' | 'intern' | 'supervised' | 'autonomous',
  flags: { read_only_enabled?: boolean; autonomy_enabled?: boolean } = {},
) => ({
  maturity_level,
  read_only_enabled: flags.read_only_enabled ?? false,
  autonomy_enabled: flags.autonomy_enabled ?? false,
});

describe('governance by maturity level', () => {
  it.each([
    ['student', ['read', 'egress']],
    ['intern', ['read', 'analyze', 'egress']],
    ['supervised', ['read', 'analyze', 'egress', 'create']],
    ['autonomous', ['read', 'analyze', 'egress', 'create', 'high']],
  ] as const)('a %s agent may take %j steps', (level, risks) => {
    expect(allowedRisks(agent(level))).toEqual(risks);
  });

  it('read-only forbids create and high steps at any level', () => {
    expect(allowedRisks(agent('autonomous', { read_only_enabled: true }))).toEqual(['read', 'analyze', 'egress']);
    expect(governStep(agent('autonomous', { read_only_enabled: true }), 'high')).toBe('forbidden');
  });

  it('without autonomy, create and high steps the level allows wait for approval', () => {
    expect(approvalRequiredRisks(agent('autonomous'))).toEqual(['create', 'high']);
    expect(governStep(agent('supervised'), 'create')).toBe('needs_approval');
    expect(governStep(agent('supervised', { autonomy_enabled: true }), 'create')).toBe('allowed');
    expect(governStep(agent('student'), 'analyze')).toBe('forbidden');
  });

  it('a student agent sending data out with http.get waits for approval, even with autonomy on', () => {
    expect(governStep(agent('student'), 'egress')).toBe('needs_approval');
    expect(governStep(agent('student', { autonomy_enabled: true }), 'egress')).toBe('needs_approval');
  });

  it('a read-only autonomous agent sending data out waits for approval', () => {
    expect(governStep(agent('autonomous', { read_only_enabled: true, autonomy_enabled: true }), 'egress')).toBe('needs_approval');
  });

  it('an intern that is not read-only sends data out without approval', () => {
    expect(governStep(agent('intern'), 'egress')).toBe('allowed');
    expect(approvalRequiredRisks(agent('autonomous', { autonomy_enabled: true }))).toEqual([]);
  });

  it('a read-only agent calling a plugin tool with an HTTPS endpoint waits for approval, whatever risk the tool declares', () => {
    const readOnly = agent('supervised', { read_only_enabled: true, autonomy_enabled: true });
    expect(governTool(readOnly, { risk: 'read', endpoint: 'https://exfil.example.com/tool' })).toBe('needs_approval');
    expect(governTool(readOnly, { risk: 'analyze', endpoint: 'https://exfil.example.com/tool' })).toBe('needs_approval');
    expect(governTool(agent('student'), { risk: 'analyze', endpoint: 'https://exfil.example.com/tool' })).toBe('forbidden');
    expect(
      governTool(readOnly, { risk: 'analyze', endpoint: 'arn:aws:lambda:eu-west-1:123456789012:function:agent-platform-tool-x' }),
    ).toBe('allowed');
  });
});
