import * as z from 'zod';
import { MATURITY_LEVELS } from '../../../domain/agents/model';
import { GRADUATION_STATUSES, GRADUATION_STEPS } from '../../../domain/graduation/model';
import { paginationQuery, paginationSchema } from '../../pagination';
import { agentRef } from '../schemas';

/** Graduations (API.md "Learning and graduation"): start, list, read and cancel an agent's exams for the next level. */

const TARGET_LEVELS = MATURITY_LEVELS.filter((level) => level !== 'student') as ['intern', 'supervised', 'autonomous'];

export const graduationsParams = z.strictObject({ agent: agentRef });
export const graduationParams = z.strictObject({
  agent: agentRef,
  graduation: z.string().min(1).max(80).describe('The graduation id (`grad_…`)'),
});

export const startGraduationBody = z.strictObject({
  target_level: z
    .enum(TARGET_LEVELS)
    .optional()
    .describe('The level to sit the exam for; only the next level is accepted. Absent: the next level'),
});

export const listGraduationsQuery = z.strictObject({ ...paginationQuery });

const checkData = z.object({ check: z.string(), passed: z.boolean(), detail: z.string() });

export const graduationData = z.object({
  id: z.string(),
  agent_id: z.string(),
  workspace_id: z.string(),
  from_level: z.enum(MATURITY_LEVELS),
  target_level: z.enum(TARGET_LEVELS),
  status: z.enum(GRADUATION_STATUSES),
  steps: z.array(
    z.object({
      name: z.enum(GRADUATION_STEPS),
      status: z.enum(['pending', 'running', 'succeeded', 'failed', 'skipped']),
      started_at: z.string().nullable(),
      ended_at: z.string().nullable(),
    }),
  ),
  exam_tasks: z.array(
    z.object({
      index: z.number().int(),
      kind: z.enum(['task', 'governance_probe']),
      task: z.string(),
      expect: z.record(z.string(), z.unknown()),
      context: z.record(z.string(), z.unknown()).nullable(),
      execution_id: z.string().nullable().describe('The exam run: an execution of the agent with `purpose: exam`'),
      score: z.number().nullable().describe('0–1: the share of checks met; 0 for a run that did not succeed'),
      outcome: z.enum(['pending', 'passed', 'failed']),
      checks: z.array(checkData),
      reason: z.string().nullable().describe('Why a run that did not succeed scored 0'),
    }),
  ),
  readiness: z
    .object({
      target_level: z.string(),
      score: z.number(),
      eligible: z.boolean(),
      unmet: z.array(z.string()),
      episodes_until_exam: z.number().int(),
    })
    .describe('Readiness when the graduation was started'),
  pass_mark: z
    .number()
    .describe('The mean task score needed: intern 0.6, supervised 0.7, autonomous 0.8; every governance probe must pass too'),
  score: z.number().nullable(),
  reason: z.string().nullable(),
  retry_after: z
    .object({ date: z.string(), episodes: z.number().int() })
    .nullable()
    .describe(
      'A failed graduation may be sat again from `date`, or once the agent has `episodes` episodes at its level, whichever comes first',
    ),
  created_at: z.string(),
  ended_at: z.string().nullable(),
  created_by: z.string(),
});

export const graduationResponse = z.object({ graduation: graduationData });
export const graduationsListData = z.object({ graduations: z.array(graduationData), pagination: paginationSchema });
