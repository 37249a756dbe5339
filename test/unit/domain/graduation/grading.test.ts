import { atJsonPath, gradeExamTask, rubricByTerms } from '../../../../lambdas/domain/graduation/grading';

const succeeded = (output: string, tools_used: string[] = []) => ({ status: 'succeeded' as const, output, tools_used });

describe('grading an exam task', () => {
  it('scores the share of expected substrings found, ignoring case', () => {
    const grade = gradeExamTask({ task: 't', expect: { contains: ['Paris', 'france', 'Berlin'] } }, succeeded('paris is in France'));
    expect(grade.score).toBe(0.6667);
    expect(grade.checks.map((c) => c.passed)).toEqual([true, true, false]);
  });

  it('checks JSON paths for existence or for a structurally equal value', () => {
    const output = JSON.stringify({ answer: { city: 'Paris', tags: ['a', 'b'] } });
    const grade = gradeExamTask(
      {
        task: 't',
        expect: { json_paths: [{ path: '$.answer.city', equals: 'Paris' }, { path: '$.answer.tags[1]' }, { path: '$.answer.country' }] },
      },
      succeeded(output),
    );
    expect(grade.checks.map((c) => c.passed)).toEqual([true, true, false]);
  });

  it('fails JSON path checks when the output is not JSON', () => {
    expect(gradeExamTask({ task: 't', expect: { json_paths: [{ path: '$.a' }] } }, succeeded('plain text')).score).toBe(0);
  });

  it('requires each expected tool to have been used', () => {
    const grade = gradeExamTask({ task: 't', expect: { tools: ['analyze', 'search'] } }, succeeded('ok', ['analyze']));
    expect(grade.score).toBe(0.5);
  });

  it('counts a rubric as one check passed at a score of one half or more', () => {
    expect(gradeExamTask({ task: 't', expect: { rubric: 'x' } }, succeeded('ok'), 0.5).score).toBe(1);
    expect(gradeExamTask({ task: 't', expect: { rubric: 'x' } }, succeeded('ok'), 0.49).score).toBe(0);
  });

  it('scores a run that did not succeed at zero whatever its output', () => {
    const grade = gradeExamTask({ task: 't', expect: { contains: ['paris'] } }, { status: 'failed', output: 'paris', tools_used: [] });
    expect(grade.score).toBe(0);
    expect(grade.checks.every((c) => !c.passed)).toBe(true);
  });
});

describe('the deterministic rubric grader', () => {
  it('meets a criterion when every word of four letters or more appears in the output', () => {
    expect(rubricByTerms('- mentions the capital\n- names the river Seine', 'The capital, Paris, mentions the Seine')).toBe(0.5);
  });

  it('scores an empty rubric at zero', () => {
    expect(rubricByTerms('\n  \n', 'anything')).toBe(0);
  });
});

describe('JSON paths', () => {
  it('never reads inherited properties', () => {
    expect(atJsonPath({}, '$.constructor')).toBeUndefined();
  });
});
