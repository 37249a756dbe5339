import { isGithubRepo } from '../../../lambdas/domain/agents/github-repo';
import { slugify } from '../../../lambdas/domain/agents/naming';
import { parseCpu, parseMemory } from '../../../lambdas/domain/agents/resources';
import { parseScheduleExpression } from '../../../lambdas/domain/executions/schedule-expression';
import { parseRubricGrade } from '../../../lambdas/domain/graduation/rubric-prompt';
import { userMessageOf } from '../../../lambdas/domain/executions/prompt';
import { exactSemver } from '../../../lambdas/domain/plugins/names';
import { uploadBody } from '../../../lambdas/http/agents/files/schemas';
import { localSteering, withoutMarkers } from '../../../lambdas/providers/local-steering';

/**
 * Every regex that sees request data is answered within a second on a 1 MB input built to make a backtracking
 * engine retry (the avatar body has its own in avatar.test.ts). Each case fails fast on the old patterns' worst input.
 * Header patterns (content type, If-Match, Bearer) are anchored and linear, and see at most 16 KiB: larger
 * headers are refused before any handler runs (test/api/fuzz/hostile-inputs.test.ts).
 */
const MB = 1_000_000;

const answeredWithinOneSecond = (check: () => unknown) => {
  const started = performance.now();
  check();
  expect(performance.now() - started).toBeLessThan(1000);
};

describe('regexes over request data under 1 MB hostile inputs', () => {
  it.each([
    ['numeric pre-release identifiers', `1.0.0-${'0'.repeat(MB)}!`],
    ['dotted pre-release identifiers', `1.0.0-${'a.'.repeat(MB / 2)}!`],
    ['dotted build metadata', `1.0.0+${'a.'.repeat(MB / 2)}!`],
  ])('a plugin version of %s is refused quickly', (_, version) => {
    answeredWithinOneSecond(() => expect(exactSemver.safeParse(version).success).toBe(false));
  });

  it.each([
    ['a long run of parameters', `a/b${';a=b'.repeat(MB / 4)}!`],
    ['spaces after a separator', `a/b;${' '.repeat(MB)}`],
  ])('an upload content type of %s is refused quickly', (_, contentType) => {
    answeredWithinOneSecond(() => expect(uploadBody.safeParse({ path: 'a.txt', size: 1, content_type: contentType }).success).toBe(false));
  });

  it('an agent name of alternating letters and dashes is slugged quickly and to at most 63 characters', () => {
    answeredWithinOneSecond(() => expect(slugify('a-'.repeat(MB / 2))).toHaveLength(63));
  });

  it('a name of one long punctuation run is slugged like a short one', () => {
    answeredWithinOneSecond(() => expect(slugify(`${'-'.repeat(MB)}Hello ${' '.repeat(MB)}World!`)).toBe('hello-world'));
  });

  it.each([
    ['an unterminated context placeholder', `{{ context.${'a'.repeat(MB)} `, 'x'],
    ['a task of repeated unterminated placeholders', '{{task}}', '{{ context.a'.repeat(MB / 12)],
    ['an opening brace pair followed by spaces', `{{${' '.repeat(MB)}`, 'x'],
  ])('an instruction template with %s is filled quickly', (_, template, task) => {
    answeredWithinOneSecond(() => userMessageOf(template, task, {}));
  });

  it.each([
    ['repeated unterminated tool markers with JSON', '[[tool:x {'.repeat(MB / 10)],
    ['one marker with a 1 MB argument', `[[tool:${'x'.repeat(MB)}`],
    ['repeated unterminated markers without spaces', '[[tool:x'.repeat(MB / 8)],
  ])('a local-model task of %s is read quickly', (_, task) => {
    answeredWithinOneSecond(() => {
      expect(localSteering({}, task).tools).toEqual([]);
      withoutMarkers(task);
    });
  });

  it.each([
    ['an owner of dashes', `a${'-'.repeat(MB)}/repo!`],
    ['a long https path', `https://github.com/${'a/'.repeat(MB / 2)}!`],
  ])('a github_repo of %s is refused quickly', (_, repo) => {
    answeredWithinOneSecond(() => expect(isGithubRepo(repo)).toBe(false));
  });

  it.each([
    ['digits then spaces and no unit', `512${' '.repeat(MB)}x`],
    ['a long run of digits', `${'1'.repeat(MB)}Mi`],
  ])('a memory size of %s is refused quickly', (_, memory) => {
    answeredWithinOneSecond(() => expect(parseMemory(memory)).toBeNull());
  });

  it('a cpu figure of a long run of digits is refused quickly', () => {
    answeredWithinOneSecond(() => expect(parseCpu(`${'1'.repeat(MB)}.5m`)).toBeNull());
  });

  it.each([
    ['a rate of spaces and no unit', `rate(5${' '.repeat(MB)}x)`],
    ['an unclosed expression', `cron(${'('.repeat(MB)}`],
  ])('a schedule expression of %s is refused quickly', (_, expression) => {
    answeredWithinOneSecond(() => expect(() => parseScheduleExpression(expression)).toThrow());
  });

  it.each([
    ['an unclosed fence of spaces', `\`\`\`json${' '.repeat(MB)}x`],
    ['a fence of spaces before a stray closing', `\`\`\`${' '.repeat(MB)}\`\`x\`\`\``],
  ])("a grader's reply of %s is read quickly", (_, reply) => {
    answeredWithinOneSecond(() => expect(parseRubricGrade(reply).ok).toBe(false));
  });

  it("a grader's reply in a json code fence is still read", () => {
    expect(parseRubricGrade('```json\n{"score": 0.75}\n```')).toEqual({ ok: true, score: 0.75 });
    expect(parseRubricGrade('```\n{"score": 1}\n```')).toEqual({ ok: true, score: 1 });
  });
});
