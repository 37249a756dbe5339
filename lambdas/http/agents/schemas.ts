import * as z from 'zod';
import { AGENT_ROLES, type AgentUpdate, LLM_PROVIDERS, MATURITY_LEVELS, RUNTIME_STATES } from '../../domain/agents/model';
import { type AvatarSource, isAvatarBase64 } from '../../domain/agents/avatar';
import { isGithubRepo } from '../../domain/agents/github-repo';
import { SLUG_PATTERN } from '../../domain/agents/naming';
import { canonicalProvider, PROVIDER_ALIASES } from '../../domain/provider-aliases';
import { parseCpu, parseMemory } from '../../domain/agents/resources';
import { AGENT_STATUSES } from '../../domain/agents/status';
import { MAX_SCHEDULES_PER_AGENT } from '../../domain/executions/schedule';

/** The agent model of API.md §2: one input shape for create and update, one output shape. */

const SIXTEEN_KIB = 16 * 1024;
/** DynamoDB stores at most 32 nested levels; free-form objects stop well before that. */
const MAX_DEPTH = 10;
/** Stops descending past the limit, so a hostile 100,000-level body cannot exhaust the stack here. */
const depthOf = (value: unknown, limit = MAX_DEPTH + 1): number =>
  typeof value === 'object' && value !== null && limit > 0 ? 1 + Math.max(0, ...Object.values(value).map((v) => depthOf(v, limit - 1))) : 0;
/** Depth first: serializing a hostile 100,000-level object to measure it would exhaust the stack. */
const smallObject = z.record(z.string(), z.unknown()).superRefine((o, ctx) => {
  if (depthOf(o) > MAX_DEPTH) ctx.addIssue({ code: 'custom', message: `at most ${MAX_DEPTH} levels of nesting` });
  else if (Buffer.byteLength(JSON.stringify(o)) > SIXTEEN_KIB) ctx.addIssue({ code: 'custom', message: 'at most 16 KiB of JSON' });
});

const penalty = z.number().min(-2).max(2).optional();
const jsonSchemaFormat = z.strictObject({
  name: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'letters, digits, _ and -, 1–64 characters'),
  schema: smallObject,
  strict: z.boolean().optional(),
});

/** The model-parameter set of API.md §2; providers pass on the ones they support (README "Model parameters"). */
export const configurationSchema = z.strictObject({
  temperature: z.number().min(0).max(2).optional(),
  max_tokens: z.number().int().min(1).max(200_000).optional(),
  top_p: z.number().min(0).max(1).optional(),
  top_k: z
    .number()
    .int()
    .min(1)
    .max(1000)
    .optional()
    .describe('Bedrock and the local provider ignore it; OpenAI-compatible servers that accept it (vLLM, Ollama) get it'),
  stop: z
    .union([z.string().min(1).max(200), z.array(z.string().min(1).max(200)).min(1).max(4)])
    .transform((s) => (typeof s === 'string' ? [s] : s))
    .optional()
    .describe('One stop sequence or up to four'),
  presence_penalty: penalty.describe('-2 to 2; OpenAI-compatible only'),
  frequency_penalty: penalty.describe('-2 to 2; OpenAI-compatible only'),
  seed: z
    .number()
    .int()
    .min(0)
    .max(Number.MAX_SAFE_INTEGER)
    .optional()
    .describe('For reproducible sampling where the provider offers it; OpenAI-compatible only'),
  response_format: z
    .discriminatedUnion('type', [
      z.strictObject({ type: z.literal('text') }),
      z.strictObject({ type: z.literal('json_object') }),
      z.strictObject({ type: z.literal('json_schema'), json_schema: jsonSchemaFormat }),
    ])
    .optional()
    .describe("Structured output; an object answer is kept as the execution result's `details`. OpenAI-compatible only"),
});

const text = (max: number) => z.string().max(max);
export const tag = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,31}$/, 'lowercase letters, digits, _ and -, 1–32 characters');

/** Every settable field; create requires `name`, update takes any subset (null clears a nullable field). */
export const agentFields = {
  name: z.string().trim().min(1).max(100),
  slug: z.string().regex(SLUG_PATTERN, 'lowercase letters, digits and -, 1–63 characters, not starting or ending with -'),
  description: text(500).nullable(),
  type: z.string().trim().min(1).max(64),
  status: z.enum(AGENT_STATUSES).exclude(['deleted']),
  capabilities: z
    .array(z.string().trim().min(1).max(64))
    .max(50)
    .refine((c) => new Set(c).size === c.length, 'must be unique'),
  tags: z
    .array(tag)
    .max(20)
    .transform((t) => [...new Set(t)]),
  configuration: configurationSchema,
  llm_provider: z
    .enum([...LLM_PROVIDERS, ...PROVIDER_ALIASES])
    .transform((p) => canonicalProvider(p))
    .describe(
      [
        "`openai` and `workers-ai` are accepted and stored as `openai-compatible` (OpenAI's endpoint by default;",
        'Workers AI through an llm integration that names the account)',
      ].join(' '),
    ),
  llm_model: z.string().trim().min(1).max(200),
  llm_integration_id: z
    .string()
    .max(64)
    .nullable()
    .describe("An llm integration of the workspace; when set, runs use its provider, base_url and credentials instead of the agent's own"),
  embedding_integration_id: z
    .string()
    .max(64)
    .nullable()
    .describe(
      'An embedding integration of the workspace (its default one when absent on create); counted as in use, and checked by health',
    ),
  storage_integration_id: z.string().max(64).nullable(),
  system_prompt: text(20_000).nullable(),
  instruction_template: text(5_000).nullable(),
  persona_id: z.string().max(64).nullable(),
  use_custom_persona: z.boolean(),
  custom_persona_prompt: text(20_000).nullable(),
  template: text(100).nullable(),
  runtime: text(100).nullable(),
  runtime_model: text(200).nullable(),
  resources: z
    .strictObject({
      cpu: z.union([z.number(), z.string().max(16)]).transform((c, ctx) => {
        const cpu = parseCpu(c);
        if (cpu === null || cpu <= 0 || cpu > 64)
          ctx.addIssue({ code: 'custom', message: 'a number of CPUs above 0 and at most 64, like 2, "2" or "500m"' });
        return cpu ?? 0;
      }),
      memory: z
        .string()
        .max(16)
        .transform((m, ctx) => {
          const memory = parseMemory(m);
          if (memory === null) ctx.addIssue({ code: 'custom', message: 'a size with a unit, like 512m, 4g or 4Gi' });
          return memory ?? '';
        }),
    })
    .nullable()
    .describe('CPU as a number or string ("2", "500m"); memory with a unit (512m, 4g, 4Gi); stored as a number and `<n>m`/`<n>g`'),
  github_repo: z
    .string()
    .trim()
    .max(400)
    .refine(isGithubRepo, '`Org/repo` or an https git URL')
    .nullable()
    .describe('The repository the agent works on: `Org/repo` or an https git URL; stored and shown, never fetched'),
  color: z
    .string()
    .regex(/^#[0-9A-Fa-f]{6}$/, '#RRGGBB')
    .transform((c) => c.toUpperCase()),
  contact_config: smallObject.nullable(),
  storage_config: smallObject.nullable(),
  autonomy_enabled: z.boolean(),
  read_only_enabled: z.boolean(),
  timeout_seconds: z.number().int().min(10).max(3600),
  owner: z.string().max(128),
  avatar: z
    .url({ protocol: /^https$/, error: 'an https:// URL of the image' })
    .max(2048)
    .nullable()
    .describe('An https URL of the image, which `GET /api/agents/{agent}/avatar` then redirects to; null removes the avatar'),
  avatar_base64: z
    .string()
    .min(1)
    .refine(isAvatarBase64, 'must be base64 (a data: URL prefix is allowed)')
    .describe(
      'The image, base64-encoded: PNG, JPEG, GIF or WebP by its first bytes, at most 2 MiB decoded (as `POST /api/agents/{agent}/avatar`)',
    ),
  avatar_filename: z.string().trim().min(1).max(255).describe('Informational only: the type comes from the bytes, never from the name'),
  /** Aliases accepted on input (API.md; `model_config` is the seed API's name). */
  llm_config: configurationSchema,
  model_config: configurationSchema,
  custom_instructions: text(20_000).nullable(),
};

type Fields = { [K in keyof typeof agentFields]?: z.output<(typeof agentFields)[K]> };

const avatarSourceOf = (input: Fields): AvatarSource | undefined =>
  input.avatar_base64 !== undefined
    ? { base64: input.avatar_base64 }
    : input.avatar === undefined || input.avatar === null
      ? input.avatar
      : { url: input.avatar };

/** One avatar per request, and a file name only with the file. */
const oneAvatar = (input: Fields, ctx: z.RefinementCtx) => {
  if (input.avatar !== undefined && input.avatar_base64 !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['avatar'], message: 'send avatar (a URL) or avatar_base64 (the image), not both' });
  }
  if (input.avatar_filename !== undefined && input.avatar_base64 === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['avatar_filename'],
      message: 'avatar_filename names the image sent in avatar_base64; send both',
    });
  }
};

/** Folds the input aliases into their canonical fields; the avatar fields become one `avatar` source, kept apart from the model fields. */
const canonical = <T extends Fields>(input: T) => {
  const { llm_config, model_config, custom_instructions, avatar: _url, avatar_base64: _image, avatar_filename: _name, ...rest } = input;
  const configuration = rest.configuration ?? llm_config ?? model_config;
  const system_prompt = rest.system_prompt !== undefined ? rest.system_prompt : custom_instructions;
  const avatar = avatarSourceOf(input);
  return {
    changes: {
      ...rest,
      ...(configuration !== undefined ? { configuration } : {}),
      ...(system_prompt !== undefined ? { system_prompt } : {}),
    },
    avatar,
  };
};

const agentInput = z.strictObject(agentFields).partial();

/** `owner` is reassigned by an update only; `role` and `maturity_level` are set at create only. */
export const createAgentBody = agentInput
  .omit({ owner: true })
  .extend({ name: agentFields.name, role: z.enum(AGENT_ROLES).optional(), maturity_level: z.enum(MATURITY_LEVELS).optional() })
  .superRefine(oneAvatar)
  .transform(canonical);

export const updateAgentBody = agentInput.superRefine(oneAvatar).transform(canonical) satisfies z.ZodType<AgentUpdate>;

export type CreateAgentInput = z.output<typeof createAgentBody>;

export const agentHealthSchema = z
  .object({
    healthy: z.boolean().describe('Every capability is healthy'),
    checked_at: z
      .string()
      .nullable()
      .describe('When the check ran; null: never checked (then `healthy` only says the last run did not fail)'),
    capabilities: z
      .record(
        z.string(),
        z.object({ healthy: z.boolean(), reason: z.string().nullable().describe('Why not, and what to do; null when healthy') }),
      )
      .describe('`model`, `plugins`, `credentials`, `integrations`'),
  })
  .describe('The last health check (GET /api/agents/{agent}/health checks again)');

export const agentSchema = z.object({
  id: z.string(),
  workspace_id: z.string(),
  tenant_id: z.string().describe('The same as `workspace_id`, under the name some clients read'),
  slug: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  type: z.string(),
  role: z.enum(AGENT_ROLES),
  maturity_level: z
    .enum(MATURITY_LEVELS)
    .describe(
      [
        'Set at create;',
        'then raised one level by graduation, and lowered one level (never below student) by governance:',
        '3 governance violations recorded at the current level within 7 days demote the agent at once,',
        'reset its episodes at the new level and publish `agent.demoted`',
      ].join(' '),
    ),
  status: z.enum(AGENT_STATUSES),
  runtime_state: z.enum(RUNTIME_STATES),
  capabilities: z.array(z.string()),
  tags: z.array(z.string()),
  configuration: configurationSchema,
  llm_provider: z.enum(LLM_PROVIDERS),
  llm_model: z.string(),
  settings: z
    .object({ llm_provider: z.enum(LLM_PROVIDERS), llm_model: z.string(), llm_temperature: z.number().nullable() })
    .describe(
      'The LLM settings as `GET /api/agents/{agent}/settings` shows them (read-only here; change them there or with the fields above)',
    ),
  llm_integration_id: z.string().nullable(),
  embedding_integration_id: z.string().nullable(),
  storage_integration_id: z.string().nullable(),
  system_prompt: z.string().nullable(),
  instruction_template: z.string().nullable(),
  persona_id: z.string().nullable(),
  use_custom_persona: z.boolean(),
  custom_persona_prompt: z.string().nullable(),
  template: z.string().nullable(),
  runtime: z.string().nullable(),
  runtime_model: z.string().nullable(),
  resources: z.object({ cpu: z.number(), memory: z.string() }).nullable(),
  github_repo: z.string().nullable(),
  color: z.string(),
  avatar_url: z.string().nullable().describe('`/api/agents/<agent_id>/avatar` (a redirect to the image) once an avatar was uploaded'),
  contact_config: z.record(z.string(), z.unknown()).nullable(),
  storage_config: z.record(z.string(), z.unknown()).nullable(),
  autonomy_enabled: z.boolean(),
  read_only_enabled: z.boolean(),
  timeout_seconds: z.number().int(),
  is_system: z.boolean(),
  owner: z.string(),
  owner_email: z.string(),
  created_by: z.string(),
  health: agentHealthSchema,
  statistics: z.object({
    total_executions: z.number().int(),
    successful_executions: z.number().int(),
    success_rate: z.number(),
    avg_confidence: z.number().nullable(),
    last_execution: z.string().nullable(),
  }),
  graduation: z.object({
    current_level: z.enum(MATURITY_LEVELS),
    readiness_score: z.number(),
    eligible_levels: z.array(z.enum(MATURITY_LEVELS)),
    episodes_until_exam: z.number().int(),
  }),
  version: z.number().int(),
  created_at: z.string(),
  updated_at: z.string(),
});
/** The single-agent answer: the agent, and what it has through its assignments and schedules. */
export const agentDetailSchema = agentSchema.extend({
  is_owner: z.boolean().describe("Whether the caller is the agent's owner (`owner`)"),
  plugins: z
    .array(z.object({ plugin_id: z.string(), priority: z.number().int().describe('0 = first = highest priority') }))
    .describe('The assigned plugins in priority order'),
  skills: z
    .array(z.object({ name: z.string(), plugin_id: z.string() }))
    .describe(
      [
        'The skills of the assigned plugins, from the manifests of the versions',
        'they ran when last assigned (`PUT /api/agents/{agent}/plugins`);',
        '`GET /api/agents/{agent}/context` assembles those of the versions running now',
      ].join(' '),
    ),
  schedules_count: z.number().int().describe(`How many schedules the agent has (at most ${MAX_SCHEDULES_PER_AGENT})`),
});

export const agentRef = z.string().min(1).max(80).describe('The agent id (`agent_…`) or its slug');

export const renameAgentBody = z.strictObject({
  name: z.string().trim().min(1).max(100),
  slug: z.string().regex(SLUG_PATTERN).optional(),
});
