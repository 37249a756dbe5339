import type { Episode } from '../executions/episode';

/**
 * The pattern miner: what recurs in an agent's recent episodes, and how well it goes. Deterministic
 * (the same episodes give the same patterns, in the same order) and cheap, so it runs on every
 * finished execution and every rating, off the request path (events/learning-summary.ts).
 *
 * - A tool sequence is the ordered names of the tools an episode called (`files.read → files.write`).
 * - A task category is `context.category` when the caller supplied a string one, else the task's
 *   first CATEGORY_TERMS significant words: lower-cased, local-provider markers and punctuation
 *   removed, stop words skipped.
 * - An episode succeeded when a person rated it `success`; unrated, when it completed.
 * Kept at sample size ≥ MIN_SAMPLE only; most samples first, then by name; at most MAX_PATTERNS.
 * Negative feedback (outcome `failure` or rating ≤ 2) with a comment is grouped by its normalized text,
 * for the `add_instruction` adaptation.
 */

export const RECENT_EPISODES = 200;
export const MIN_SAMPLE = 3;
export const CATEGORY_TERMS = 3;
export const MAX_PATTERNS = 20;

export type PatternKind = 'tool_sequence' | 'task_category';

export interface Pattern {
  kind: PatternKind;
  /** What identifies it across recomputes: the tool names joined by ` → `, or the category's terms. */
  key: string;
  /** As the training read-out shows it. */
  pattern: string;
  success_rate: number;
  sample_size: number;
}

export interface NegativeComment {
  comment: string;
  count: number;
  /** How many different people gave it: one person repeating a comment is not a pattern. */
  raters: number;
}

const STOP_WORDS = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'of',
  'to',
  'for',
  'in',
  'on',
  'at',
  'by',
  'with',
  'from',
  'please',
  'me',
  'my',
  'our',
  'this',
  'that',
  'is',
  'are',
  'it',
]);

const MARKERS = /\[\[[^\]]*\]\]/g;

export const taskCategory = (episode: Pick<Episode, 'input'>): string | null => {
  const given = episode.input.context?.category;
  if (typeof given === 'string' && given.trim()) return given.trim().toLowerCase().replace(/\s+/g, ' ').slice(0, 80);
  const terms = episode.input.task
    .replace(MARKERS, ' ')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 1 && !STOP_WORDS.has(word))
    .slice(0, CATEGORY_TERMS);
  return terms.length > 0 ? terms.join(' ') : null;
};

export const toolSequence = (episode: Pick<Episode, 'steps'>): string | null => {
  const tools = episode.steps.flatMap((step) => (step.type === 'tool' ? [step.tool] : []));
  return tools.length > 0 ? tools.join(' → ') : null;
};

export const succeeded = (episode: Pick<Episode, 'outcome' | 'feedback'>): boolean =>
  episode.feedback ? episode.feedback.outcome === 'success' : episode.outcome.status === 'completed';

const round = (value: number) => Math.round(value * 10_000) / 10_000;

const byKey = <T>(items: readonly T[], keyOf: (item: T) => string | null): Map<string, T[]> => {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key !== null) groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return groups;
};

const patternsOf = (kind: PatternKind, label: string, groups: Map<string, Episode[]>): Pattern[] =>
  [...groups].map(([key, group]) => ({
    kind,
    key,
    pattern: `${label}: ${key}`,
    success_rate: round(group.filter(succeeded).length / group.length),
    sample_size: group.length,
  }));

export const minePatterns = (episodes: readonly Episode[]): Pattern[] =>
  [
    ...patternsOf('tool_sequence', 'Tool sequence', byKey(episodes, toolSequence)),
    ...patternsOf('task_category', 'Task category', byKey(episodes, taskCategory)),
  ]
    .filter((p) => p.sample_size >= MIN_SAMPLE)
    .sort((a, b) => b.sample_size - a.sample_size || a.pattern.localeCompare(b.pattern))
    .slice(0, MAX_PATTERNS);

const normalizeComment = (comment: string) =>
  comment
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/[.!]+$/, '')
    .toLowerCase();

export const negativeComments = (episodes: readonly Episode[]): NegativeComment[] => {
  const negative = episodes.filter((e) => e.feedback?.comment && (e.feedback.outcome === 'failure' || e.feedback.rating <= 2));
  return [...byKey(negative, (e) => normalizeComment(e.feedback?.comment ?? '') || null)]
    .map(([comment, group]) => ({ comment, count: group.length, raters: new Set(group.map((e) => e.feedback?.given_by)).size }))
    .sort((a, b) => b.count - a.count || a.comment.localeCompare(b.comment));
};
