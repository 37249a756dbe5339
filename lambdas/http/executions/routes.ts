import { route } from '../../shared/route';
import { MAX_CONTEXT_BYTES } from '../../domain/executions/storage';
import {
  acceptedData,
  agentParams,
  decisionBody,
  executeBody,
  executionData,
  executionParams,
  executionsListData,
  feedbackBody,
  feedbackData,
  listExecutionsQuery,
} from './schemas';
import { scheduleBody, scheduleData, scheduleDeletedData, scheduleParams, schedulesData } from './schedule-schemas';

/**
 * Running agents (API.md §2 "Executions"): execute, follow and steer runs, rate them, and schedule
 * them. The paths live under the agent; the handlers are a domain of their own (own nested stack).
 */

const EXECUTE_BODY_LIMIT = MAX_CONTEXT_BYTES + 1024 * 1024;

const runner = { auth: 'user' as const, scopes: ['execute' as const] };

export const executeAgent = route({
  ...runner,
  method: 'POST',
  path: '/api/agents/{agent}/execute',
  handler: 'executions/execute',
  errors: [
    'AGENT_NOT_ACTIVE',
    'AGENT_NOT_FOUND',
    'ALREADY_FIRED',
    'BUDGET_EXCEEDED',
    'CONCURRENCY_LIMIT',
    'CONCURRENT_MODIFICATION',
    'EXECUTION_FAILED',
    'GOVERNANCE_VIOLATION',
    'SERVICE_UNAVAILABLE',
    'WORKSPACE_NOT_FOUND',
  ],
  params: agentParams,
  body: executeBody,
  idempotent: true,
  // A context of up to 5 MiB, with the task and parameters; Lambda's 6 MB invocation payload is the ceiling.
  bodyLimit: EXECUTE_BODY_LIMIT,
  summary: 'Run a task with the agent, synchronously (waiting up to `wait_seconds`) or asynchronously',
  description: [
    'Needs `execute` (API keys) and use rights on the agent, which must be active (else 409 AGENT_NOT_ACTIVE naming its status).',
    'A task naming a tool beyond governance in `parameters.tools` is refused with 403 GOVERNANCE_VIOLATION;',
    "a workspace at its tier's concurrent executions answers 429 CONCURRENCY_LIMIT; a run the state machine could",
    'not start is recorded failed, gives its slot back and answers 503 SERVICE_UNAVAILABLE with `Retry-After`.',
    'A workspace whose monthly model budget is spent answers 403 BUDGET_EXCEEDED before anything starts,',
    'and a run that reaches the budget fails with BUDGET_EXCEEDED before its next model turn.',
    '`sync`: 200 with the finished execution, 202 with `poll_url` if it has not finished in time (or waits for approval);',
    'a provider or tool failure answers 502 EXECUTION_FAILED, a step beyond governance 403 GOVERNANCE_VIOLATION.',
    '`async`: 202 at once.',
    'Honours `Idempotency-Key`.\n\nGovernance (risk classes: read, analyze, egress, create, high): student read + egress;',
    'intern + analyze; supervised + create; autonomous + high; read-only never create or high.',
    'Egress is any tool that sends data out (`http.get`, a plugin tool with an HTTPS endpoint, which is governed as',
    'its declared risk and as egress): it waits for approval for student and read-only agents whatever their autonomy.',
    'Without autonomy, create and high steps wait for approval.',
  ].join(' '),
  response: {
    status: 200,
    description: 'The execution, finished',
    data: executionData,
    alternatives: [{ status: 202, description: 'The execution, still running: poll `poll_url`', data: acceptedData }],
  },
  access: { table: 'write', bucket: 'write', executions: 'start' },
});

export const listExecutions = route({
  method: 'GET',
  path: '/api/agents/{agent}/executions',
  handler: 'executions/list',
  errors: ['AGENT_NOT_FOUND', 'WORKSPACE_NOT_FOUND'],
  auth: 'user',
  scopes: ['read'],
  params: agentParams,
  query: listExecutionsQuery,
  summary: "The agent's executions, newest first",
  description: [
    '`status` filters by status;',
    '`total` counts every execution when unfiltered, and those in the status when filtered.',
    'Entries are summaries:',
    '`steps` is empty, and a `context`, `result` or `reasoning_trace` over 32 KiB of JSON is null (`[]` for the trace);',
    'GET the execution for all of it.',
  ].join(' '),
  response: { status: 200, description: 'A page of executions', data: executionsListData },
  access: { table: 'read' },
});

export const getExecution = route({
  method: 'GET',
  path: '/api/agents/{agent}/executions/{execution}',
  handler: 'executions/get',
  errors: ['AGENT_NOT_FOUND', 'EXECUTION_NOT_FOUND', 'WORKSPACE_NOT_FOUND'],
  auth: 'user',
  scopes: ['read'],
  params: executionParams,
  summary: 'One execution: status, progress, result, confidence, reasoning trace, steps, usage, timestamps, error',
  description: [
    'Every step in order, and the context as given (up to 5 MiB).',
    'Steps are stored one item each, and any step, context,',
    'result or trace over 32 KiB of JSON as an object in the platform bucket, so a run is never limited by the size of one table item;',
    "a tool's output is kept up to 256 Ki characters.",
  ].join(' '),
  response: { status: 200, description: 'The execution', data: executionData },
  access: { table: 'read', bucket: 'read' },
});

export const cancelExecution = route({
  ...runner,
  method: 'POST',
  path: '/api/agents/{agent}/executions/{execution}/cancel',
  handler: 'executions/cancel',
  errors: [
    'AGENT_NOT_FOUND',
    'CONCURRENCY_LIMIT',
    'CONCURRENT_MODIFICATION',
    'EXECUTION_NOT_FOUND',
    'INVALID_TRANSITION',
    'WORKSPACE_NOT_FOUND',
  ],
  params: executionParams,
  summary: 'Cancel a pending, running or held execution',
  description: [
    'Needs use rights on the agent.',
    'The execution is `cancelled` at once and its run is stopped; one that has already ended answers 409 INVALID_TRANSITION.',
  ].join(' '),
  response: { status: 200, description: 'The cancelled execution', data: executionData },
  access: { table: 'write', bucket: 'write', executions: 'control' },
});

const decision = (verb: 'approve' | 'reject', effect: string) =>
  route({
    ...runner,
    method: 'POST',
    path: `/api/agents/{agent}/executions/{execution}/${verb}`,
    handler: `executions/${verb}`,
    errors: ['AGENT_NOT_FOUND', 'CONCURRENT_MODIFICATION', 'EXECUTION_NOT_FOUND', 'INVALID_TRANSITION', 'WORKSPACE_NOT_FOUND'],
    params: executionParams,
    body: decisionBody,
    summary: `${verb === 'approve' ? 'Approve' : 'Reject'} the step an execution holds for approval`,
    description: [
      "For create and high-risk steps held because the agent's autonomy is off, and egress steps",
      '(`http.get`, plugin HTTPS tools) of student and read-only agents;',
      "the workspace's owners and admins and the agent's owner and admins decide, signed in as themselves: API keys never decide (403).",
      "With the workspace's `four_eyes_approval` on,",
      'approving needs someone other than whoever started the run or created the API key that did (403).',
      `${effect} An execution not awaiting approval answers 409 INVALID_TRANSITION.`,
    ].join(' '),
    response: { status: 200, description: 'The execution, resumed', data: executionData },
    access: { table: 'write', bucket: 'write', executions: 'control' },
  });

export const approveExecution = decision('approve', 'The held tool call runs and the execution goes on.');
export const rejectExecution = decision('reject', 'The tool never runs; the execution fails with APPROVAL_REJECTED.');

export const giveFeedback = route({
  method: 'POST',
  path: '/api/agents/{agent}/executions/{execution}/feedback',
  handler: 'executions/feedback',
  errors: ['AGENT_NOT_FOUND', 'EXECUTION_NOT_FOUND', 'INVALID_TRANSITION', 'SERVICE_UNAVAILABLE', 'WORKSPACE_NOT_FOUND'],
  auth: 'user',
  scopes: ['write'],
  params: executionParams,
  body: feedbackBody,
  summary: 'Rate a finished execution: stored on its episode, for learning',
  description: [
    'Needs use rights on the agent.',
    'Given again, it replaces the earlier rating.',
    'An execution still running, or cancelled, answers 409 INVALID_TRANSITION.',
  ].join(' '),
  response: { status: 200, description: 'The feedback as stored', data: feedbackData },
  access: { table: 'write', bucket: 'read' },
});

export const listSchedules = route({
  method: 'GET',
  path: '/api/agents/{agent}/schedules',
  handler: 'executions/schedules-list',
  errors: ['AGENT_NOT_FOUND', 'WORKSPACE_NOT_FOUND'],
  auth: 'user',
  scopes: ['read'],
  params: agentParams,
  summary: "The agent's schedules",
  response: { status: 200, description: 'Schedules', data: schedulesData },
  access: { table: 'read' },
});

export const createSchedule = route({
  method: 'POST',
  path: '/api/agents/{agent}/schedules',
  handler: 'executions/schedules-create',
  errors: ['AGENT_NOT_FOUND', 'QUOTA_EXCEEDED', 'SCHEDULE_NOT_FOUND', 'WORKSPACE_NOT_FOUND'],
  auth: 'user',
  scopes: ['write'],
  params: agentParams,
  body: scheduleBody,
  idempotent: true,
  summary: 'Run a task on a schedule: `cron(...)` or `rate(...)` as EventBridge Scheduler reads them',
  description: [
    'Needs manage rights on the agent.',
    'An invalid expression or time zone answers 400.',
    'Every firing starts one execution (once per firing, however often it is delivered), as its creator;',
    'at most 20 schedules per agent (403 QUOTA_EXCEEDED, held under concurrent creates).',
    'Each firing checks again that its creator is a member who may manage and run the agent,',
    'and counts as a request against the daily quota and the concurrency cap:',
    'a removed creator, lost access, a spent daily quota or a spent monthly budget disables the schedule and publishes',
    '`schedule.disabled` with the reason; at the concurrency cap or the per-minute rate that firing is skipped.',
  ].join(' '),
  response: { status: 201, description: 'The schedule', data: scheduleData },
  access: { table: 'write', schedules: 'manage' },
});

export const deleteSchedule = route({
  method: 'DELETE',
  path: '/api/agents/{agent}/schedules/{schedule}',
  handler: 'executions/schedules-delete',
  errors: ['AGENT_NOT_FOUND', 'QUOTA_EXCEEDED', 'SCHEDULE_NOT_FOUND', 'SERVICE_UNAVAILABLE', 'WORKSPACE_NOT_FOUND'],
  auth: 'user',
  scopes: ['write'],
  params: scheduleParams,
  summary: 'Stop and remove a schedule',
  response: { status: 200, description: 'Deleted', data: scheduleDeletedData },
  access: { table: 'write', schedules: 'manage' },
});

export const executionRoutes = [
  executeAgent,
  listExecutions,
  getExecution,
  cancelExecution,
  approveExecution,
  rejectExecution,
  giveFeedback,
  listSchedules,
  createSchedule,
  deleteSchedule,
];
