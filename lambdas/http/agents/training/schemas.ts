import * as z from 'zod';
import { MATURITY_LEVELS } from '../../../domain/agents/model';
import { ADAPTATION_TYPES } from '../../../domain/learning/adaptations';
import { agentRef, agentSchema } from '../schemas';

/** The training read-out (seed 002 "Get Training Status") and the adaptations (API.md "Learning and graduation"). */

export const trainingParams = z.strictObject({ agent: agentRef });
export const adaptationParams = z.strictObject({
  agent: agentRef,
  adaptation: z.string().min(1).max(80).describe('The adaptation id (`adp_…`)'),
});

export const ADAPTATION_STATUSES = ['available', 'applied', 'reverted'] as const;
export const listAdaptationsQuery = z.strictObject({
  status: z
    .enum(ADAPTATION_STATUSES)
    .optional()
    .describe('available: suggested now and not applied; applied / reverted: from the history. Absent: all three'),
});

const adaptation = z.object({
  id: z.string(),
  type: z.enum(ADAPTATION_TYPES),
  description: z.string(),
  expected_improvement: z.number().describe('Estimated gain in success rate, 0–1'),
});

export const adaptationData = adaptation.extend({
  status: z.enum(ADAPTATION_STATUSES),
  applied_at: z.string().nullable(),
  applied_by: z.string().nullable(),
  reverted_at: z.string().nullable(),
  reverted_by: z.string().nullable(),
  agent_version: z.number().int().nullable().describe('The agent version the apply produced'),
});

export const trainingData = z.object({
  agent_id: z.string(),
  learning_statistics: z.object({
    total_experiences: z.number().int(),
    successful_experiences: z.number().int(),
    success_rate: z.number(),
    avg_confidence: z.number().nullable(),
  }),
  patterns_detected: z.array(z.object({ pattern: z.string(), success_rate: z.number(), sample_size: z.number().int() })),
  adaptations_available: z.array(adaptation),
  graduation_readiness: z.object({
    current_level: z.enum(MATURITY_LEVELS),
    readiness_score: z.number(),
    eligible_levels: z.array(z.enum(MATURITY_LEVELS)),
    episodes_until_exam: z.number().int(),
  }),
  feedback: z.object({ count: z.number().int(), avg_rating: z.number().nullable() }),
  governance_violations: z.object({
    count: z.number().int(),
    since: z.string().describe('First day of the window: the previous calendar month (UTC)'),
  }),
});

export const adaptationsListData = z.object({ adaptations: z.array(adaptationData) });
export const adaptationChangeData = z.object({ adaptation: adaptationData, agent: agentSchema });
