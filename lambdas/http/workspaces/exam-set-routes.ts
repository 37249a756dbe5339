import * as z from 'zod';
import { DEFAULT_EXAM_TASKS, MAX_EXAM_TASKS } from '../../domain/graduation/exam';
import { route } from '../../shared/route';
import { examSetListItem, examSetParams, examSetSchema, putExamSetBody } from './exam-set-schemas';
import { workspaceParams } from './schemas';

/**
 * Exam sets (API.md "Learning and graduation"): the tasks a graduation to a level sits in this
 * workspace, with what each answer must show. Members read them; owners and admins write them.
 */

const EXPECTATIONS = [
  "Each task names at least one expectation in `expect`; a task's score is the share of its checks that pass " +
    "(0 for a run that did not succeed), and the exam's score is the mean over its tasks:",
  '- `contains`: substrings the answer must include, case-insensitive — `{"contains": ["Paris", "Seine"]}`.',
  '- `json_paths`: the answer parsed as JSON; each `path` (member and index steps only, such as `$.answer.items[0]`) ' +
    'must exist, or equal `equals` structurally — `{"json_paths": [{"path": "$.city", "equals": "Paris"}]}`.',
  "- `rubric`: criteria, one per line, scored 0–1 by the agent's model provider (the `local` provider, or an unusable grade, " +
    'falls back to: a line is met when every word of four letters or more appears in the answer); ' +
    'one check, passed at 0.5 — `{"rubric": "- names the capital\\n- mentions the river"}`.',
  '- `tools`: tools the run must call successfully — `{"tools": ["files.read"]}`; ' +
    "a governance probe asks for a tool of the target level's risk this way.",
  `A graduation sits up to ${DEFAULT_EXAM_TASKS} of the set's tasks (a set holds at most ${MAX_EXAM_TASKS}); ` +
    "without a set, tasks are sampled from the agent's successful runs.",
].join('\n');

const examSetData = z.object({ exam_set: examSetSchema });

export const listExamSets = route({
  method: 'GET',
  path: '/api/workspaces/{ws}/exam-sets',
  handler: 'workspaces/exam-sets-list',
  errors: ['WORKSPACE_NOT_FOUND'],
  summary: 'The levels this workspace has an exam set for, lowest first',
  auth: 'user',
  scopes: ['read'],
  params: workspaceParams,
  response: {
    status: 200,
    description: 'Exam sets, by level (without their tasks)',
    data: z.object({ exam_sets: z.array(examSetListItem) }),
  },
  access: { table: 'read' },
});

export const getExamSet = route({
  method: 'GET',
  path: '/api/workspaces/{ws}/exam-sets/{level}',
  handler: 'workspaces/exam-sets-get',
  errors: ['EXAM_SET_NOT_FOUND', 'WORKSPACE_NOT_FOUND'],
  summary: 'The exam set a graduation to a level sits in this workspace',
  description: [
    '404 EXAM_SET_NOT_FOUND when the workspace has none for the level;',
    `a level other than intern, supervised or autonomous answers 400 INVALID_INPUT.\n\n${EXPECTATIONS}`,
  ].join(' '),
  auth: 'user',
  scopes: ['read'],
  params: examSetParams,
  response: { status: 200, description: 'The exam set', data: examSetData },
  access: { table: 'read' },
});

export const putExamSet = route({
  method: 'PUT',
  path: '/api/workspaces/{ws}/exam-sets/{level}',
  handler: 'workspaces/exam-sets-put',
  errors: ['VERSION_CONFLICT', 'WORKSPACE_NOT_FOUND'],
  summary: 'Create or replace the exam set of a level (owners and admins)',
  description: [
    'Replaces the whole set and bumps its `version` (answered as `ETag`);',
    'with `If-Match` only the set at that version is replaced (412 VERSION_CONFLICT otherwise, also when there is none yet).',
    `A graduation already running keeps the tasks it started with.\n\n${EXPECTATIONS}`,
  ].join(' '),
  auth: 'user',
  scopes: ['admin'],
  params: examSetParams,
  body: putExamSetBody,
  response: { status: 200, description: 'The stored exam set', data: examSetData },
  access: { table: 'write' },
});

export const deleteExamSet = route({
  method: 'DELETE',
  path: '/api/workspaces/{ws}/exam-sets/{level}',
  handler: 'workspaces/exam-sets-delete',
  errors: ['EXAM_SET_NOT_FOUND', 'VERSION_CONFLICT', 'WORKSPACE_NOT_FOUND'],
  summary: "Remove the exam set of a level (owners and admins); graduations then sample the agent's successful runs",
  description: 'Honours `If-Match`. 404 EXAM_SET_NOT_FOUND when there is none.',
  auth: 'user',
  scopes: ['admin'],
  params: examSetParams,
  response: { status: 200, description: 'Deleted', data: z.object({ deleted: z.literal(true), level: z.string() }) },
  access: { table: 'write' },
});

export const examSetRoutes = [listExamSets, getExamSet, putExamSet, deleteExamSet];
