import * as z from 'zod';
import { MAX_MAX_STEPS, EXECUTION_STATUSES } from '../../domain/executions/model';
import { MAX_CONTEXT_BYTES } from '../../domain/executions/storage';
import { RISKS } from '../../domain/governance';
import { idPattern } from '../../domain/ids';
import { paginationQuery, paginationSchema } from '../pagination';
import { agentRef } from '../agents/schemas';

/** Executions (API.md §2 "Executions"): the execute body, the execution as answered, feedback. */

const SIXTY_FOUR_KIB = 64 * 1024;
/** DynamoDB stores at most 32 nested levels; free-form objects stop well before that. */
const MAX_DEPTH = 10;
const depthOf = (value: unknown, limit = MAX_DEPTH + 1): number =>
  typeof value === 'object' && value !== null && limit > 0 ? 1 + Math.max(0, ...Object.values(value).map((v) => depthOf(v, limit - 1))) : 0;
const freeObject = (what: string, maxBytes = SIXTY_FOUR_KIB) =>
  z
    .record(z.string(), z.unknown())
    .refine((o) => Buffer.byteLength(JSON.stringify(o)) <= maxBytes, `${what}: at most ${maxBytes / 1024} KiB of JSON`)
    .refine((o) => depthOf(o) <= MAX_DEPTH, `${what}: at most ${MAX_DEPTH} levels of nesting`);

export const executionParams = z.strictObject({
  agent: agentRef,
  execution: z.string().regex(idPattern('exec'), 'an execution id (`exec_…`)').describe('The execution id'),
});
export const agentParams = z.strictObject({ agent: agentRef });

const localSteering = z
  .strictObject({
    tools: z
      .array(z.strictObject({ name: z.string().min(1).max(128), input: z.record(z.string(), z.unknown()).default({}) }))
      .max(MAX_MAX_STEPS)
      .optional()
      .describe('Tools to call, one per turn, in order, before answering'),
    answer: z.string().max(10_000).optional().describe('The answer to give'),
    confidence: z.number().min(0).max(1).optional(),
    fail: z
      .union([z.string().max(1000), z.boolean()])
      .optional()
      .describe('Fail every turn (with this message)'),
    throttle: z.number().int().min(0).max(10).optional().describe('Be throttled this many times per turn, then answer'),
    delay_ms: z.number().int().min(0).max(900_000).optional().describe('Take this long over each turn'),
    cost_usd: z
      .number()
      .min(0)
      .max(1000)
      .optional()
      .describe("Bill this many US dollars for each turn, against the workspace's monthly budget"),
  })
  .describe(
    [
      'Steers the `local` provider (tests and demos; it exists only in the local runtime);',
      'other providers ignore it and read markers as plain text.',
      'Markers in the task do the same:',
      '`[[tool:files.list {}]]`, `[[fail]]`, `[[throttle:2]]`, `[[slow:5000]]`.',
    ].join(' '),
  );

export const executionParameters = z
  .looseObject({
    tools: z
      .array(z.string().min(1).max(128))
      .max(50)
      .optional()
      .describe(
        'Tools the task means to use: one beyond what governance allows the agent is refused at once with 403 GOVERNANCE_VIOLATION',
      ),
    max_steps: z.number().int().min(1).max(MAX_MAX_STEPS).optional().describe('Model turns the run may take (default 10)'),
    max_tokens: z.number().int().min(1).max(10_000_000).optional().describe('Tokens (input and output) the whole run may use'),
    local: localSteering.optional(),
  })
  .describe('Execution parameters; any other fields are kept with the execution')
  .refine((o) => Buffer.byteLength(JSON.stringify(o)) <= SIXTY_FOUR_KIB, 'parameters: at most 64 KiB of JSON')
  .refine((o) => depthOf(o) <= MAX_DEPTH, `parameters: at most ${MAX_DEPTH} levels of nesting`);

export const executeBody = z.strictObject({
  task: z.string().trim().min(1).max(100_000).describe('What the agent should do'),
  context: freeObject('context', MAX_CONTEXT_BYTES)
    .nullable()
    .optional()
    .describe('Facts for the task, at most 5 MiB of JSON; an instruction template reads them as `{{context.key}}`'),
  parameters: executionParameters.optional(),
  mode: z.enum(['sync', 'async']).default('sync').describe('`sync` waits up to `wait_seconds` for the result; `async` answers 202 at once'),
  wait_seconds: z.number().int().min(0).max(25).default(25).describe('How long a sync request waits before answering 202 with `poll_url`'),
});

const usage = z.object({ input_tokens: z.number().int(), output_tokens: z.number().int(), cost_usd: z.number() });
const toolCall = z.object({ id: z.string(), name: z.string(), input: z.record(z.string(), z.unknown()) });
const risk = z.enum(RISKS);
const step = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('model'),
    index: z.number().int(),
    at: z.string(),
    text: z.string(),
    tool_calls: z.array(toolCall),
    reasoning: z.string().nullable(),
    confidence: z.number().nullable(),
    usage,
    duration_ms: z.number().int(),
  }),
  z.object({
    type: z.literal('tool'),
    index: z.number().int(),
    at: z.string(),
    tool_call_id: z.string(),
    tool: z.string(),
    risk,
    input: z.record(z.string(), z.unknown()),
    output: z.string(),
    duration_ms: z.number().int(),
  }),
  z.object({
    type: z.literal('approval'),
    index: z.number().int(),
    at: z.string(),
    tool_call_id: z.string(),
    tool: z.string(),
    risk,
    decision: z.enum(['approved', 'rejected']),
    decided_by: z.string(),
    comment: z.string().nullable(),
  }),
]);
const feedback = z.object({
  rating: z.number().int(),
  outcome: z.enum(['success', 'failure']),
  comment: z.string().nullable(),
  given_by: z.string(),
  given_at: z.string(),
});

export const executionData = z.object({
  id: z.string(),
  execution_id: z.string().describe('The same as `id`, under the name the original APIs used'),
  agent_id: z.string(),
  status: z.enum(EXECUTION_STATUSES),
  mode: z.enum(['sync', 'async']),
  progress: z.number().int().min(0).max(100).describe('0 pending, advancing with every step, 100 once ended'),
  task: z.string(),
  context: z.record(z.string(), z.unknown()).nullable(),
  parameters: z.record(z.string(), z.unknown()),
  result: z
    .object({
      summary: z.string(),
      details: z
        .record(z.string(), z.unknown())
        .optional()
        .describe(
          [
            'Structured output: present when the model answered a JSON object (as `configuration.response_format` asks);',
            "`summary` is then its `summary` field, else the answer's text",
          ].join(' '),
        ),
    })
    .nullable(),
  confidence: z.number().nullable(),
  reasoning_trace: z.array(z.string()),
  steps: z.array(step),
  usage,
  pending_approval: z
    .object({ tool_call_id: z.string(), tool: z.string(), risk, input: z.record(z.string(), z.unknown()), requested_at: z.string() })
    .nullable()
    .describe('The step held for approval while `awaiting_approval`'),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
  feedback: feedback.nullable(),
  source: z.union([
    z.object({ type: z.literal('api') }),
    z.object({ type: z.literal('schedule'), schedule_id: z.string(), fire_time: z.string() }),
  ]),
  requested_by: z.string(),
  provider: z.string(),
  model: z.string(),
  max_steps: z.number().int(),
  timeout_seconds: z.number().int(),
  created_at: z.string(),
  started_at: z.string().nullable(),
  completed_at: z.string().nullable(),
  updated_at: z.string(),
  duration_seconds: z.number().nullable(),
  poll_url: z.string(),
});

export const acceptedData = executionData.extend({ message: z.string() });

export const listExecutionsQuery = z.strictObject({
  status: z.enum(EXECUTION_STATUSES).optional().describe('Only executions in this status'),
  ...paginationQuery,
});
export const executionsListData = z.object({ executions: z.array(executionData), pagination: paginationSchema });

export const feedbackBody = z.strictObject({
  rating: z.number().int().min(1).max(5).describe('1 (poor) to 5 (excellent)'),
  outcome: z.enum(['success', 'failure']).describe("Whether the run achieved what was asked, in the rater's judgement"),
  comment: z.string().trim().max(2000).nullable().optional(),
});
export const feedbackData = z.object({ execution_id: z.string(), feedback });

export const decisionBody = z.strictObject({
  comment: z.string().trim().max(2000).nullable().optional().describe('Why; kept with the decision'),
});
