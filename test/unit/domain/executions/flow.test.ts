import { conversationOf, failureOf, nextAction, unansweredCall } from '../../../../lambdas/domain/executions/flow';
import type { ExecutionStep } from '../../../../lambdas/domain/executions/model';
import { BUILT_IN_TOOLS } from '../../../../lambdas/domain/executions/tools';

const agent = (maturity_level: 'student' | 'intern' | 'supervised' | 'autonomous', autonomy_enabled = false) => ({
  maturity_level,
  read_only_enabled: false,
  autonomy_enabled,
});
const usage = { input_tokens: 1, output_tokens: 1, cost_usd: 0 };
const modelStep = (index: number, calls: string[]): ExecutionStep => ({
  type: 'model',
  index,
  at: 't',
  text: calls.length ? 'calling' : 'done',
  reasoning: null,
  confidence: calls.length ? null : 0.9,
  usage,
  duration_ms: 1,
  tool_calls: calls.map((name, i) => ({ id: `c${index}_${i}`, name, input: {} })),
});
const toolStep = (index: number, id: string, tool: string): ExecutionStep => ({
  type: 'tool',
  index,
  at: 't',
  tool_call_id: id,
  tool,
  risk: 'read',
  input: {},
  output: 'ok',
  duration_ms: 1,
});
const run = (steps: ExecutionStep[]) => ({ steps, tool_catalog: [...BUILT_IN_TOOLS], user_message: 'do it' });

describe('the next action of an execution', () => {
  it('starts with a model turn and finishes when the model answers without tools', () => {
    expect(nextAction(run([]), agent('student'))).toBe('model_turn');
    expect(nextAction(run([modelStep(0, [])]), agent('student'))).toBe('finish');
  });

  it('calls an allowed tool, then goes back to the model once every call of the turn has its result', () => {
    const steps = [modelStep(0, ['files.list', 'files.read'])];
    expect(nextAction(run(steps), agent('student'))).toBe('call_tool');
    expect(unansweredCall([...steps, toolStep(1, 'c0_0', 'files.list')])?.name).toBe('files.read');
    expect(nextAction(run([...steps, toolStep(1, 'c0_0', 'files.list'), toolStep(2, 'c0_1', 'files.read')]), agent('student'))).toBe(
      'model_turn',
    );
  });

  it('holds a create step for approval without autonomy, and lets it run once approved or with autonomy', () => {
    const steps = [modelStep(0, ['files.write'])];
    expect(nextAction(run(steps), agent('supervised'))).toBe('await_approval');
    const approved: ExecutionStep = {
      type: 'approval',
      index: 1,
      at: 't',
      tool: 'files.write',
      risk: 'create',
      tool_call_id: 'c0_0',
      decision: 'approved',
      decided_by: 'u',
      comment: null,
    };
    expect(nextAction(run([...steps, approved]), agent('supervised'))).toBe('call_tool');
    expect(nextAction(run(steps), agent('supervised', true))).toBe('call_tool');
  });

  it('ends the run with GovernanceViolation when the model asks for a tool beyond the level', () => {
    expect(() => nextAction(run([modelStep(0, ['files.write'])]), agent('student'))).toThrow(
      expect.objectContaining({ name: 'GovernanceViolation' }),
    );
  });

  it('ends the run with ToolFailed when the model asks for a tool the agent does not have', () => {
    expect(() => nextAction(run([modelStep(0, ['shell.exec'])]), agent('autonomous'))).toThrow(
      expect.objectContaining({ name: 'ToolFailed' }),
    );
  });
});

describe('the conversation given to the model', () => {
  it('is the prompt, then each turn and tool result in order; approvals are not part of it', () => {
    const steps = [modelStep(0, ['files.list']), toolStep(1, 'c0_0', 'files.list')];
    expect(conversationOf(run(steps))).toEqual([
      { role: 'user', text: 'do it' },
      { role: 'assistant', text: 'calling', tool_calls: [{ id: 'c0_0', name: 'files.list', input: {} }] },
      { role: 'tool', tool_call_id: 'c0_0', name: 'files.list', content: 'ok', is_error: false },
    ]);
  });
});

describe('how a caught error ends an execution', () => {
  it.each([
    ['States.Timeout', 'timed_out', 'TIMED_OUT'],
    ['ExecutionTimedOut', 'timed_out', 'TIMED_OUT'],
    ['ProviderFailed', 'failed', 'PROVIDER_FAILED'],
    ['ProviderThrottled', 'failed', 'PROVIDER_THROTTLED'],
    ['GovernanceViolation', 'failed', 'GOVERNANCE_VIOLATION'],
    ['ApprovalRejected', 'failed', 'APPROVAL_REJECTED'],
    ['ToolFailed', 'failed', 'TOOL_FAILED'],
    ['Lambda.ServiceException', 'failed', 'INTERNAL'],
  ])('%s → %s with %s', (name, status, code) => {
    expect(failureOf({ Error: name, Cause: 'why' }, 30)).toEqual({ status, error: { code, message: expect.any(String) } });
  });

  it("reads the message out of a deployed Lambda error's JSON cause", () => {
    expect(
      failureOf({ Error: 'ProviderFailed', Cause: '{"errorType":"ProviderFailed","errorMessage":"model down"}' }, 30).error.message,
    ).toBe('model down');
  });
});
