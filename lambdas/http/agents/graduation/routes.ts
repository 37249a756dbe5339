import { route } from '../../../shared/route';
import {
  graduationParams,
  graduationResponse,
  graduationsListData,
  graduationsParams,
  listGraduationsQuery,
  startGraduationBody,
} from './schemas';

/**
 * Graduation (API.md "Learning and graduation", "Governance"): an exam for the next
 * maturity level, run by the graduation state machine.
 */

const manager = { auth: 'user' as const, scopes: ['admin' as const] };
const reader = { auth: 'user' as const, scopes: ['read' as const], access: { table: 'read' as const } };

export const startGraduation = route({
  ...manager,
  method: 'POST',
  path: '/api/agents/{agent}/graduation',
  handler: 'agents/graduation/start',
  errors: ['AGENT_NOT_FOUND', 'GRADUATION_IN_PROGRESS', 'INVALID_TRANSITION', 'NOT_ELIGIBLE', 'SERVICE_UNAVAILABLE', 'WORKSPACE_NOT_FOUND'],
  params: graduationsParams,
  body: startGraduationBody,
  summary: 'Start a graduation: an exam for the next maturity level',
  description: [
    'Workspace owners and admins only (API keys:',
    '`admin` scope).',
    'Answers 202 with the graduation;',
    '`Location` names it.',
    "The flow re-checks eligibility, sits the exam — the workspace's exam set for the level,",
    "else 5 tasks sampled from the agent's successful episodes (each expecting the first significant line of its answer then),",
    'plus one governance probe per tool of the risk the level adds (intern: analyze, supervised: create, autonomous: high)',
    'that the agent has, which must use that tool — each task a run of the agent with `purpose: exam`,',
    'governed at the target level, not counted in its learning statistics nor the request quota, its model spend counted.',
    'Passed (mean score at the pass mark and every probe passed):',
    "the agent's `maturity_level` changes with its version and `agent.graduated` is published.",
    'Otherwise `graduation.failed`.',
    '409 GRADUATION_IN_PROGRESS while one runs; 422 NOT_ELIGIBLE with the readiness figures in `details`,',
    "for a level other than the next, or before a failed attempt's `retry_after`.",
  ].join(' '),
  response: { status: 202, description: 'The graduation, running', data: graduationResponse },
  access: { table: 'write', graduations: 'start' },
});

export const listGraduations = route({
  ...reader,
  method: 'GET',
  path: '/api/agents/{agent}/graduations',
  handler: 'agents/graduations/list',
  errors: ['AGENT_NOT_FOUND', 'WORKSPACE_NOT_FOUND'],
  params: graduationsParams,
  query: listGraduationsQuery,
  summary: "The agent's graduations, newest first",
  response: { status: 200, description: 'A page of graduations', data: graduationsListData },
});

export const getGraduation = route({
  ...reader,
  method: 'GET',
  path: '/api/agents/{agent}/graduations/{graduation}',
  handler: 'agents/graduation/get',
  errors: ['AGENT_NOT_FOUND', 'GRADUATION_NOT_FOUND', 'WORKSPACE_NOT_FOUND'],
  params: graduationParams,
  summary: 'One graduation: status, steps, each exam task with its run, score and outcome',
  response: { status: 200, description: 'The graduation', data: graduationResponse },
});

export const cancelGraduation = route({
  ...manager,
  method: 'POST',
  path: '/api/agents/{agent}/graduations/{graduation}/cancel',
  handler: 'agents/graduation/cancel',
  errors: ['AGENT_NOT_FOUND', 'GRADUATION_NOT_FOUND', 'INVALID_TRANSITION', 'WORKSPACE_NOT_FOUND'],
  params: graduationParams,
  summary: 'Cancel a running graduation',
  description: [
    'Workspace owners and admins only (API keys:',
    '`admin` scope).',
    'The graduation is recorded `cancelled` and its run stopped, its exam runs with it; the agent keeps its level.',
    'One that already ended answers 409 INVALID_TRANSITION.',
  ].join(' '),
  response: { status: 200, description: 'The cancelled graduation', data: graduationResponse },
  access: { table: 'write', graduations: 'control' },
});

export const graduationRoutes = [startGraduation, listGraduations, getGraduation, cancelGraduation] as const;
