import * as z from 'zod';
import { idPattern } from '../../domain/ids';
import { agentRef } from '../agents/schemas';
import { executionParameters } from './schemas';

/** Agents' schedules: a task run on an EventBridge Scheduler expression. */

export const scheduleParams = z.strictObject({
  agent: agentRef,
  schedule: z.string().regex(idPattern('sch'), 'a schedule id (`sch_…`)').describe('The schedule id'),
});

export const scheduleBody = z.strictObject({
  expression: z
    .string()
    .trim()
    .min(6)
    .max(256)
    .describe(
      [
        '`rate(<n> minute|minutes|hour|hours|day|days)` or',
        '`cron(minutes hours day-of-month month day-of-week year)`, as EventBridge Scheduler reads them',
      ].join(' '),
    ),
  task: z.string().trim().min(1).max(100_000).describe('The task each firing runs'),
  timezone: z.string().min(1).max(64).default('UTC').describe('IANA time zone a cron expression is read in'),
  enabled: z.boolean().default(true),
  context: z.record(z.string(), z.unknown()).nullable().optional().describe("Each run's context"),
  parameters: executionParameters.optional(),
});

export const scheduleView = z.object({
  id: z.string(),
  agent_id: z.string(),
  expression: z.string(),
  timezone: z.string(),
  task: z.string(),
  context: z.record(z.string(), z.unknown()).nullable(),
  parameters: z.record(z.string(), z.unknown()),
  enabled: z.boolean(),
  created_by: z.string(),
  created_at: z.string(),
});

export const scheduleData = z.object({ schedule: scheduleView });
export const schedulesData = z.object({ schedules: z.array(scheduleView) });
export const scheduleDeletedData = z.object({ deleted: z.literal(true), schedule_id: z.string() });
