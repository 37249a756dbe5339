import * as z from 'zod';
import { EXAM_TASK, MAX_EXAM_TASKS } from '../../domain/graduation/exam';
import { EXAM_LEVELS } from '../../domain/graduation/exam-set';

export const examSetParams = z.strictObject({
  ws: z.string().min(1).max(64),
  level: z.enum(EXAM_LEVELS).describe('The target level the set examines'),
});

const passMark = z.number().min(0).max(1);

export const putExamSetBody = z.strictObject({
  tasks: z.array(EXAM_TASK).min(1).max(MAX_EXAM_TASKS).describe(`1 to ${MAX_EXAM_TASKS} tasks, each with what its answer must show`),
  pass_mark: passMark
    .optional()
    .describe(
      [
        "The exam score (mean of the tasks' scores) a graduation to this level must reach;",
        "omitted: the level's (intern 0.6, supervised 0.7, autonomous 0.8)",
      ].join(' '),
    ),
});

const timestamp = z.string().describe('ISO-8601 UTC');

const examSetSummary = z.object({
  level: z.enum(EXAM_LEVELS),
  pass_mark: passMark.nullable().describe("The set's own pass mark; null: the level's"),
  effective_pass_mark: passMark.describe('The pass mark a graduation to this level uses now'),
  version: z.number().int(),
  created_at: timestamp,
  updated_at: timestamp,
  updated_by: z.string(),
});

export const examSetSchema = examSetSummary.extend({ tasks: z.array(EXAM_TASK) });
export const examSetListItem = examSetSummary.extend({ task_count: z.number().int() });
