import { createHash } from 'node:crypto';
import type { Agent } from '../agents/model';
import { MIN_SAMPLE, type Pattern } from './patterns';
import type { LearningSummary } from './summary';

/**
 * Adaptations: changes to the agent that its learning summary suggests, each with an expected
 * improvement (an estimate of the success-rate gain, 0–1, 2 decimals). The rules (type — when: change; expected improvement):
 *
 * - reinforce_pattern — a pattern succeeds ≥ 80 % of the time: a standing instruction to prefer it;
 *   0.1 × its success rate × its share
 * - avoid_pattern — a pattern succeeds ≤ 40 % of the time: a standing instruction to avoid it;
 *   0.5 × its failure rate × its share
 * - adjust_temperature — ≥ 10 recent episodes, success < 70 % or confidence < 0.6, temperature > 0.3:
 *   temperature − 0.2 (not below 0.2); 0.05
 * - add_instruction — the same negative feedback comment ≥ 2 times: a standing instruction to address it;
 *   min(0.1, 0.02 × its count)
 *
 * A pattern's share is its sample size over the recent episodes. Standing instructions are lines
 * appended to the agent's `system_prompt`. An adaptation's id is derived from its rule and what it
 * is about (the pattern's key, the comment), so it keeps its id however often it is recomputed.
 */

export const ADAPTATION_TYPES = ['reinforce_pattern', 'avoid_pattern', 'adjust_temperature', 'add_instruction'] as const;
export type AdaptationType = (typeof ADAPTATION_TYPES)[number];

export type AgentAdjustment =
  | { kind: 'instruction'; instruction: string }
  | { kind: 'temperature' /** null: the agent had no override (the provider's default applied). */; from: number | null; to: number };

export interface Adaptation {
  id: string;
  type: AdaptationType;
  description: string;
  expected_improvement: number;
  change: AgentAdjustment;
}

/** The temperature providers use when the agent sets none. */
export const DEFAULT_TEMPERATURE = 0.7;
const round2 = (value: number) => Math.round(value * 100) / 100;

export const adaptationId = (type: AdaptationType, subject: string): string =>
  `adp_${createHash('sha256').update(`${type}\n${subject}`).digest('hex').slice(0, 20)}`;

const subjectOf = (p: Pattern) => (p.kind === 'tool_sequence' ? `the tool sequence ${p.key}` : `tasks about "${p.key}"`);

const patternAdaptation = (p: Pattern, recentEpisodes: number): Adaptation | null => {
  const share = Math.min(1, p.sample_size / Math.max(recentEpisodes, p.sample_size));
  if (p.success_rate >= 0.8) {
    const instruction =
      p.kind === 'tool_sequence'
        ? `Prefer the tool sequence ${p.key}: it has succeeded in ${Math.round(p.success_rate * 100)}% of ${p.sample_size} runs.`
        : `For tasks about "${p.key}", keep the approach that has succeeded ` +
          `in ${Math.round(p.success_rate * 100)}% of ${p.sample_size} runs.`;
    return {
      id: adaptationId('reinforce_pattern', `${p.kind}:${p.key}`),
      type: 'reinforce_pattern',
      description: `Increase usage of a successful pattern: ${subjectOf(p)}`,
      expected_improvement: round2(0.1 * p.success_rate * share),
      change: { kind: 'instruction', instruction },
    };
  }
  if (p.success_rate <= 0.4) {
    const instruction =
      p.kind === 'tool_sequence'
        ? `Avoid the tool sequence ${p.key}: it has failed in ${Math.round((1 - p.success_rate) * 100)}% of ${p.sample_size} runs.`
        : `Tasks about "${p.key}" have often failed ` +
          `(${Math.round((1 - p.success_rate) * 100)}% of ${p.sample_size} runs): check each step and say when unsure.`;
    return {
      id: adaptationId('avoid_pattern', `${p.kind}:${p.key}`),
      type: 'avoid_pattern',
      description: `Avoid a failing pattern: ${subjectOf(p)}`,
      expected_improvement: round2(0.5 * (1 - p.success_rate) * share),
      change: { kind: 'instruction', instruction },
    };
  }
  return null;
};

const temperatureAdaptation = (summary: LearningSummary, agent: Pick<Agent, 'configuration'>): Adaptation | null => {
  const { episodes, success_rate, avg_confidence } = summary.recent;
  const temperature = agent.configuration.temperature ?? DEFAULT_TEMPERATURE;
  const struggling = (success_rate !== null && success_rate < 0.7) || (avg_confidence !== null && avg_confidence < 0.6);
  if (episodes < 10 || !struggling || temperature <= 0.3) return null;
  const to = round2(Math.max(0.2, temperature - 0.2));
  return {
    id: adaptationId('adjust_temperature', 'lower'),
    type: 'adjust_temperature',
    description: `Lower the temperature from ${temperature} to ${to} for steadier answers`,
    expected_improvement: 0.05,
    change: { kind: 'temperature', from: agent.configuration.temperature ?? null, to },
  };
};

/** A comment as quoted into an instruction: one line (already normalized), no quote to close, at most 200 characters. */
const MAX_QUOTED = 200;
const quoted = (comment: string): string => {
  const plain = comment.replace(/["“”]/g, "'");
  return plain.length > MAX_QUOTED ? `${plain.slice(0, MAX_QUOTED)}…` : plain;
};

export const deriveAdaptations = (summary: LearningSummary | null, agent: Pick<Agent, 'configuration'>): Adaptation[] => {
  if (!summary) return [];
  const fromPatterns = summary.patterns
    .filter((p) => p.sample_size >= MIN_SAMPLE)
    .flatMap((p) => patternAdaptation(p, summary.recent.episodes) ?? []);
  // Two different raters at least: text that reaches the system prompt must not be one member's to choose.
  const fromComments = summary.negative_comments
    .filter((c) => c.count >= 2 && c.raters >= 2)
    .map(
      (c): Adaptation => ({
        id: adaptationId('add_instruction', c.comment),
        type: 'add_instruction',
        description: `Address repeated negative feedback: "${quoted(c.comment)}" (${c.count} times, ${c.raters} reviewers)`,
        expected_improvement: round2(Math.min(0.1, 0.02 * c.count)),
        change: {
          kind: 'instruction',
          instruction: `Reviewers have repeatedly said: "${quoted(c.comment)}". Take this into account in every answer.`,
        },
      }),
    );
  const temperature = temperatureAdaptation(summary, agent);
  return [...fromPatterns, ...(temperature ? [temperature] : []), ...fromComments];
};
