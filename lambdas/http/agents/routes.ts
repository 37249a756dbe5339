import * as z from 'zod';
import { AGENT_ROLES, AGENT_IMMUTABLE_FIELDS, MATURITY_LEVELS, RUNTIME_STATES } from '../../domain/agents/model';
import { AVATAR_MAX_BYTES } from '../../domain/agents/avatar';
import { AGENT_STATUSES } from '../../domain/agents/status';
import { BUILT_IN_TEMPLATES } from '../../domain/agents/templates';
import { paginationQuery, paginationSchema } from '../pagination';
import { DEFAULT_BODY_LIMIT, route } from '../../shared/route';
import {
  agentDetailSchema,
  agentHealthSchema,
  agentRef,
  agentSchema,
  createAgentBody,
  updateAgentBody,
  renameAgentBody,
  tag,
} from './schemas';

/** An agent holds at most 20 tags; a filter naming more could not match better, and bounds the query's operators. */
const MAX_TAG_FILTERS = 20;
/** Other agent APIs' `status=inactive`: the reversible off-state; `disabled` is asked for by its own name. */
const INACTIVE_MEANS = 'paused';
/** An agent's fields plus an avatar sent with them (`avatar_base64`: base64 of at most 2 MiB). */
const AGENT_BODY_LIMIT = DEFAULT_BODY_LIMIT + Math.ceil(AVATAR_MAX_BYTES / 3) * 4;
const AVATAR_NOTE = [
  ' An avatar may come with the fields: `avatar` (an https URL, which `GET /api/agents/{agent}/avatar` redirects to;',
  'null removes it) or `avatar_base64` + `avatar_filename`,',
  'checked as `POST /api/agents/{agent}/avatar` checks it (400 when not a PNG, JPEG, GIF or WebP by its first bytes;',
  "413 over 2 MiB) and stored before the agent's write names it.",
].join(' ');

const agentParams = z.strictObject({ agent: agentRef });
const agentData = z.object({ agent: agentSchema });

export const listAgentsQuery = z.strictObject({
  ...paginationQuery,
  status: z
    .enum([...AGENT_STATUSES, 'inactive'])
    .transform((s) => (s === 'inactive' ? INACTIVE_MEANS : s))
    .optional()
    .describe(
      [
        'Deleted agents are listed only with status=deleted;',
        `\`inactive\` means \`${INACTIVE_MEANS}\` (switched off by its owner, back with \`active\`)`,
      ].join(' '),
    ),
  runtime_state: z
    .enum(RUNTIME_STATES)
    .optional()
    .describe('`idle` after a run finished, `failed` when the last run failed, `running` during one, `stopped` when stopped'),
  type: z.string().max(64).optional(),
  role: z.enum(AGENT_ROLES).optional(),
  maturity_level: z.enum(MATURITY_LEVELS).optional(),
  tags: z
    .string()
    .max(700)
    .transform((t) => [
      ...new Set(
        t
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      ),
    ])
    .pipe(z.array(tag).max(MAX_TAG_FILTERS, `at most ${MAX_TAG_FILTERS} tags`))
    .optional()
    .describe(`Comma-separated, at most ${MAX_TAG_FILTERS}; an agent with any of them matches`),
  q: z.string().trim().min(1).max(100).optional().describe('Name prefix, case-insensitive'),
  sort: z.enum(['created_at', 'name', 'updated_at']).default('created_at'),
  order: z.enum(['asc', 'desc']).default('desc'),
});

export const listAgents = route({
  method: 'GET',
  path: '/api/agents',
  handler: 'agents/list',
  errors: ['SERVICE_UNAVAILABLE', 'WORKSPACE_NOT_FOUND'],
  summary: 'Agents of the current workspace the caller can see, filtered and sorted',
  description: [
    'Owners and admins see every agent, read from an index in the requested order:',
    'one filter value (`status`, `type`, `role`, `maturity_level`, each tag, the first 1–3 characters of the name for `q`)',
    'has its own index entries, so a filtered page costs the same at any workspace size;',
    'with several filters the most selective one is read and the others checked on the agents read',
    '(a page whose rows mostly fail them comes back short, with `next_cursor`).',
    '`runtime_state` is always checked that way.',
    '`total` is exact for an unfiltered list and for a single filter value',
    '(one `status`, `type`, `role`, `maturity_level`, one tag, or `q` of at most 3 characters), from counters kept with the agents;',
    'for several filters, several tags or a longer `q` it is exact only when the first page holds the whole list, else null.',
    '`page` reaches at most the first 1,000 agents (`page` × `limit` ≤ 1000; past it 400 INVALID_INPUT: page on with `cursor`).',
    'Members see the agents they created, administer or were shared, filtered and paged in memory.',
  ].join(' '),
  auth: 'user',
  scopes: ['read'],
  query: listAgentsQuery,
  response: {
    status: 200,
    description: 'Agents, each with the `statistics` summary `GET /api/agents/{agent}` shows',
    data: z.object({
      agents: z
        .array(agentSchema)
        .describe("The page's agents; `statistics` comes from each agent's execution aggregate, read in one batch per page"),
      pagination: paginationSchema,
    }),
  },
  access: { table: 'read' },
});

export const createAgent = route({
  method: 'POST',
  path: '/api/agents',
  handler: 'agents/create',
  errors: [
    'AGENT_LIMIT_EXCEEDED',
    'INTEGRATION_NOT_FOUND',
    'MODEL_NOT_ALLOWED',
    'NAME_TAKEN',
    'PERSONA_NOT_FOUND',
    'PLUGIN_NOT_ENABLED',
    'SERVICE_UNAVAILABLE',
    'TEMPLATE_NOT_FOUND',
    'VERSION_CONFLICT',
    'WORKSPACE_NOT_FOUND',
  ],
  summary: 'Create an agent',
  description:
    'The slug comes from the name unless sent; a taken slug answers 409 NAME_TAKEN; the tier limit 403 AGENT_LIMIT_EXCEEDED. ' +
    'A `maturity_level` above `student` or `autonomy_enabled: true` needs a workspace owner or admin (API keys: `admin` scope); ' +
    'others answer 403. ' +
    "A model outside the tier's allow-list answers 422 MODEL_NOT_ALLOWED listing the allowed ids; " +
    'so does the `local` provider anywhere but the local runtime. ' +
    '`template` names a built-in template (' +
    Object.keys(BUILT_IN_TEMPLATES)
      .map((t) => `\`${t}\``)
      .join(', ') +
    ") or one of the workspace's own (`GET /api/agent-templates`), whose type, system_prompt, " +
    'instruction_template and capabilities fill what the request leaves out, ' +
    "whose configuration sits under the request's, and whose plugins are assigned with the agent " +
    '(422 PLUGIN_NOT_ENABLED when one is not enabled, nothing created); another name answers 422 TEMPLATE_NOT_FOUND. ' +
    "Without `llm_provider`/`llm_model`, the workspace's `default_llm` model applies, " +
    "and its `temperature` and `max_tokens` are copied into `configuration` beneath the template's and the request's keys." +
    AVATAR_NOTE,
  auth: 'user',
  scopes: ['write'],
  idempotent: true,
  body: createAgentBody,
  bodyLimit: AGENT_BODY_LIMIT,
  response: { status: 201, description: 'Created', data: agentData },
  // An avatar sent with the agent is stored in the bucket before the agent write that names it.
  access: { table: 'write', bucket: 'write' },
});

export const getAgent = route({
  method: 'GET',
  path: '/api/agents/{agent}',
  handler: 'agents/get',
  errors: ['AGENT_NOT_FOUND', 'SERVICE_UNAVAILABLE', 'WORKSPACE_NOT_FOUND'],
  summary: 'An agent, by id or slug',
  description: [
    'The agent with `is_owner`, its plugins (`plugins`: id and priority;',
    'names, versions and marketplace details at `GET /api/agents/{agent}/plugins`),',
    'the skills those plugins bring (`skills`) and `schedules_count`.',
  ].join(' '),
  auth: 'user',
  scopes: ['read'],
  params: agentParams,
  response: {
    status: 200,
    description: 'The agent',
    data: z.object({ agent: agentDetailSchema }),
  },
  access: { table: 'read' },
});

const updateLine = {
  auth: 'user' as const,
  scopes: ['write' as const],
  params: agentParams,
  body: updateAgentBody,
  immutableFields: AGENT_IMMUTABLE_FIELDS,
  bodyLimit: AGENT_BODY_LIMIT,
  description: [
    'PATCH semantics for PUT and PATCH alike: absent fields stay, `null` clears, `configuration` merges key by key.',
    '`If-Match` → 412 when stale.',
    'Turning autonomy on or read-only off needs a workspace owner or admin (API keys: `admin` scope), else 403.',
    `A model outside the tier's allow-list answers 422 MODEL_NOT_ALLOWED listing the allowed ids.${AVATAR_NOTE}`,
  ].join(' '),
  response: { status: 200 as const, description: 'The updated agent', data: agentData },
  access: { table: 'write' as const, bucket: 'write' as const },
};

export const patchAgent = route({
  method: 'PATCH',
  path: '/api/agents/{agent}',
  handler: 'agents/patch',
  errors: [
    'AGENT_NOT_FOUND',
    'INTEGRATION_NOT_FOUND',
    'INVALID_TRANSITION',
    'MODEL_NOT_ALLOWED',
    'NAME_TAKEN',
    'PERSONA_NOT_FOUND',
    'SERVICE_UNAVAILABLE',
    'VERSION_CONFLICT',
    'WORKSPACE_NOT_FOUND',
  ],
  summary: 'Change an agent',
  ...updateLine,
});
export const putAgent = route({
  method: 'PUT',
  path: '/api/agents/{agent}',
  handler: 'agents/put',
  errors: [
    'AGENT_NOT_FOUND',
    'INTEGRATION_NOT_FOUND',
    'INVALID_TRANSITION',
    'MODEL_NOT_ALLOWED',
    'NAME_TAKEN',
    'PERSONA_NOT_FOUND',
    'SERVICE_UNAVAILABLE',
    'VERSION_CONFLICT',
    'WORKSPACE_NOT_FOUND',
  ],
  summary: 'Change an agent (same as PATCH)',
  ...updateLine,
});

export const deleteAgent = route({
  method: 'DELETE',
  path: '/api/agents/{agent}',
  handler: 'agents/delete',
  errors: ['AGENT_BUSY', 'AGENT_LIMIT_EXCEEDED', 'AGENT_NOT_FOUND', 'INTEGRATION_NOT_FOUND', 'VERSION_CONFLICT', 'WORKSPACE_NOT_FOUND'],
  summary: 'Delete an agent (soft: its name is free again)',
  description: 'The workspace system agent answers 403; an agent with executions pending, running or awaiting approval 409 AGENT_BUSY.',
  auth: 'user',
  scopes: ['write'],
  params: agentParams,
  response: {
    status: 200,
    description: 'Deleted',
    data: z.object({ deleted: z.literal(true), agent_id: z.string(), message: z.string().describe('`Agent <slug> deleted`') }),
  },
  access: { table: 'write' },
});

const credentialsInjection = z
  .object({
    status: z.enum(['complete', 'missing', 'none_required']),
    required: z.array(z.string()).describe("Names the agent's assigned plugins declare in `requires_credentials`"),
    present: z.array(z.string()),
    missing: z.array(z.string()).describe('Inject these with POST /api/agents/{agent}/credentials/inject'),
  })
  .describe("Whether the credentials the agent's plugins require are injected, re-checked at every start");

const HEALTH_NOTE = [
  'Four capabilities are checked from what is stored, without calling anything:',
  '`model` (the provider is known and usable here and the credentials it needs are stored:',
  "the llm integration's when `llm_integration_id` is set, else the agent's;",
  'bedrock needs none, openai-compatible `OPENAI_API_KEY` or `API_KEY`, or an `OPENAI_BASE_URL`),',
  '`plugins` (every assigned plugin is still enabled in the workspace),',
  "`credentials` (every credential the assigned plugins' running versions require is stored)",
  'and `integrations` (every integration the agent names exists, of the right kind).',
  "The result is stored on the agent: `start`, this route, and changes of the agent's credentials",
  '(inject, import, remove), plugins (PUT), `llm_provider`, `llm_integration_id` or `storage_integration_id` check again;',
  'every other read of the agent shows the last stored result (`checked_at` null: never checked).',
].join(' ');

const forceFlag = z.boolean().describe('Start even though a health check fails');
export const startAgent = route({
  method: 'POST',
  path: '/api/agents/{agent}/start',
  handler: 'agents/start',
  errors: ['AGENT_NOT_FOUND', 'AGENT_UNHEALTHY', 'INVALID_TRANSITION', 'SERVICE_UNAVAILABLE', 'VERSION_CONFLICT', 'WORKSPACE_NOT_FOUND'],
  summary: "Start the agent (runtime_state running) after its health check; reports whether its plugins' credentials are present",
  description: [
    'The health check runs first and is stored on the agent;',
    'a failing check answers 409 AGENT_UNHEALTHY with one detail per failing capability',
    '(`check`, `issue`), unless `force` is true (in the body, or `?force=true`).',
    'An agent that is not active or published answers 409 INVALID_TRANSITION.',
    HEALTH_NOTE,
  ].join(' '),
  auth: 'user',
  scopes: ['write'],
  params: agentParams,
  body: z.strictObject({ force: forceFlag.default(false) }),
  query: z.strictObject({
    force: z
      .enum(['true', 'false'])
      .default('false')
      .transform((f) => f === 'true')
      .describe('Same as `force` in the body'),
  }),
  response: {
    status: 200,
    description: 'The agent, with the health it was started with',
    data: agentData.extend({ credentials_injection: credentialsInjection }),
  },
  access: { table: 'write' },
});
export const stopAgent = route({
  method: 'POST',
  path: '/api/agents/{agent}/stop',
  handler: 'agents/stop',
  errors: ['AGENT_NOT_FOUND', 'SERVICE_UNAVAILABLE', 'VERSION_CONFLICT', 'WORKSPACE_NOT_FOUND'],
  summary: 'Stop the agent (runtime_state stopped)',
  auth: 'user',
  scopes: ['write'],
  params: agentParams,
  response: { status: 200, description: 'The agent', data: agentData },
  access: { table: 'write' },
});

export const getAgentHealth = route({
  method: 'GET',
  path: '/api/agents/{agent}/health',
  handler: 'agents/health-get',
  errors: ['AGENT_NOT_FOUND', 'SERVICE_UNAVAILABLE', 'WORKSPACE_NOT_FOUND'],
  summary: "Check the agent's health now",
  description: [
    `${HEALTH_NOTE} With \`probe=true\`, a model whose configuration passes is also called once,`,
    'minimally (a one-token answer), through the provider its executions use;',
    "a failed call makes `model` unhealthy with the provider's reason.",
    'A probe spends as a run does, so it takes the `execute` scope and use rights to the agent',
    "(403 FORBIDDEN otherwise), and a model the workspace's tier does not allow is reported unhealthy without being called.",
  ].join(' '),
  auth: 'user',
  scopes: ['read'],
  params: agentParams,
  query: z.strictObject({
    probe: z
      .enum(['true', 'false'])
      .default('false')
      .transform((p) => p === 'true')
      .describe('Also make one minimal model call'),
  }),
  response: {
    status: 200,
    description: 'The health just checked (also stored on the agent)',
    data: z.object({ health: agentHealthSchema }),
  },
  // The check is stored on the agent; a probe reads the credentials a model turn would (sealed in the bucket) and calls the model.
  access: { table: 'write', bucket: 'read', secrets: 'read', model: 'invoke' },
});

export const renameAgent = route({
  method: 'PUT',
  path: '/api/agents/{agent}/rename',
  handler: 'agents/rename',
  errors: [
    'AGENT_BUSY',
    'AGENT_NOT_FOUND',
    'INTEGRATION_NOT_FOUND',
    'INVALID_TRANSITION',
    'MODEL_NOT_ALLOWED',
    'NAME_TAKEN',
    'SERVICE_UNAVAILABLE',
    'VERSION_CONFLICT',
    'WORKSPACE_NOT_FOUND',
  ],
  summary: 'Rename: the slug moves with the name; id, schedules and shares stay',
  description: 'A taken name answers 409 NAME_TAKEN; an agent with executions pending, running or awaiting approval 409 AGENT_BUSY.',
  auth: 'user',
  scopes: ['write'],
  params: agentParams,
  body: renameAgentBody,
  response: { status: 200, description: 'The renamed agent', data: agentData },
  access: { table: 'write' },
});

export const agentRoutes = [
  listAgents,
  createAgent,
  getAgent,
  patchAgent,
  putAgent,
  deleteAgent,
  startAgent,
  stopAgent,
  getAgentHealth,
  renameAgent,
];
