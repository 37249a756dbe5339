import { route } from '../../../shared/route';
import { adaptationChangeData, adaptationParams, adaptationsListData, listAdaptationsQuery, trainingData, trainingParams } from './schemas';

/** Learning (API.md "Learning and graduation"): the training read-out and the adaptations it suggests. */

const reader = { auth: 'user' as const, scopes: ['read' as const], params: trainingParams, access: { table: 'read' as const } };

export const getTraining = route({
  ...reader,
  method: 'GET',
  path: '/api/agents/{agent}/training',
  handler: 'agents/training/get',
  errors: ['AGENT_NOT_FOUND', 'SERVICE_UNAVAILABLE', 'WORKSPACE_NOT_FOUND'],
  summary: "The agent's learning: statistics, patterns, suggested adaptations, graduation readiness",
  description: [
    'Statistics, feedback and governance violations come from aggregates updated as runs finish and are rated;',
    'patterns from a summary mined from the newest 200 episodes after every finished run and rating',
    '(recurring tool sequences and task categories — `context.category`, or',
    "the task's first three significant words — kept at 3 samples or more).",
    'Readiness: score = 0.4 × success rate + 0.3 × average confidence + 0.2 × (average rating − 1) / 4',
    '+ 0.1 × min(1, episodes at level / minimum) − 0.1 per violation this month and last;',
    'the next level is eligible when its minimum episodes (10 / 25 / 50 for intern / supervised / autonomous) and its bars are met.',
  ].join(' '),
  response: { status: 200, description: 'The training read-out', data: trainingData },
});

export const listAdaptations = route({
  ...reader,
  method: 'GET',
  path: '/api/agents/{agent}/training/adaptations',
  handler: 'agents/training/adaptations-list',
  errors: ['AGENT_NOT_FOUND', 'WORKSPACE_NOT_FOUND'],
  query: listAdaptationsQuery,
  summary: 'Suggested adaptations, and the history of applied and reverted ones',
  description: [
    'Rules:',
    '`reinforce_pattern` (a pattern succeeding ≥ 80 %), `avoid_pattern` (≤ 40 %),',
    '`adjust_temperature` (10 or more recent runs with success below 70 % or confidence below 0.6: temperature − 0.2),',
    '`add_instruction` (the same negative feedback comment twice or more).',
    'An adaptation keeps its id across recomputes.',
  ].join(' '),
  response: { status: 200, description: 'Adaptations', data: adaptationsListData },
});

const change = (verb: 'apply' | 'revert', summary: string, description: string) =>
  route({
    method: 'POST',
    path: `/api/agents/{agent}/training/adaptations/{adaptation}/${verb}`,
    handler: `agents/training/adaptation-${verb}`,
    errors: [
      'ADAPTATION_NOT_FOUND',
      'AGENT_NOT_FOUND',
      'INTEGRATION_NOT_FOUND',
      'INVALID_TRANSITION',
      'MODEL_NOT_ALLOWED',
      'NAME_TAKEN',
      'SERVICE_UNAVAILABLE',
      'VERSION_CONFLICT',
      'WORKSPACE_NOT_FOUND',
    ],
    summary,
    description: [
      `${description} Needs manage rights on the agent (API keys: \`write\`);`,
      '`If-Match` → 412 when stale; publishes `agent.updated`.',
    ].join(' '),
    auth: 'user',
    scopes: ['write'],
    params: adaptationParams,
    response: { status: 200, description: 'The adaptation and the changed agent', data: adaptationChangeData },
    access: { table: 'write' },
  });

export const applyAdaptation = change(
  'apply',
  'Apply a suggested adaptation to the agent',
  'A standing instruction is appended to `system_prompt` as its own paragraph; ' +
    'a temperature change sets `configuration.temperature`. ' +
    'The change and its history item commit together. ' +
    'Applied already: 409 INVALID_TRANSITION; no longer suggested: 404.',
);

export const revertAdaptation = change(
  'revert',
  'Undo an applied adaptation',
  'Removes exactly the instruction paragraph it added, or puts the temperature back. ' +
    'Not applied, or the field changed since: 409 INVALID_TRANSITION.',
);

export const trainingRoutes = [getTraining, listAdaptations, applyAdaptation, revertAdaptation] as const;
