import * as z from 'zod';
import { AVATAR_CONTENT_TYPES } from '../../domain/agents/avatar';
import { LOG_LEVELS } from '../../domain/agents/log-lines';
import { AGENT_ROLES, LLM_PROVIDERS, MATURITY_LEVELS, RUNTIME_STATES } from '../../domain/agents/model';
import { AGENT_STATUSES } from '../../domain/agents/status';
import { agentFields, configurationSchema } from './schemas';

/**
 * Bodies and answers of an agent's sub-resources (settings, autonomy, read-only, timeout, info,
 * logs, stats, avatar). Inputs reuse the agent model's own field rules, so a value refused by
 * PATCH /api/agents/{agent} is refused here in the same words.
 */

const SETTINGS_FIELDS = ['llm_provider', 'llm_model', 'llm_temperature', 'max_tokens'] as const;

export const settingsBody = z
  .strictObject({
    llm_provider: agentFields.llm_provider.optional(),
    llm_model: agentFields.llm_model.optional(),
    llm_temperature: configurationSchema.shape.temperature.unwrap().nullable().optional().describe('0–2; null removes the override'),
    max_tokens: configurationSchema.shape.max_tokens.unwrap().nullable().optional().describe('1–200000; null removes the override'),
  })
  .refine((b) => SETTINGS_FIELDS.some((f) => b[f] !== undefined), `send at least one of ${SETTINGS_FIELDS.join(', ')}`)
  .describe('Any of the four fields, at least one; absent fields stay as they are');

export const toggleBody = z.strictObject({ enabled: z.boolean() });
export const timeoutBody = z.strictObject({ timeout_seconds: agentFields.timeout_seconds });

export const logsQuery = z.strictObject({
  tail: z.coerce.number().int().min(1).max(1000).default(100).describe('How many of the most recent lines, 1–1000'),
});

export const avatarBody = z.strictObject({
  avatar_base64: agentFields.avatar_base64,
  avatar_filename: agentFields.avatar_filename.optional(),
});

const versioned = { agent_id: z.string(), version: z.number().int() };

export const settingsData = z.object({
  settings: z.object({
    ...versioned,
    llm_provider: z.enum(LLM_PROVIDERS),
    llm_model: z.string(),
    llm_temperature: z.number().nullable(),
    max_tokens: z.number().int().nullable(),
  }),
});

export const autonomyData = z.object({ autonomy: z.object({ ...versioned, enabled: z.boolean() }) });
export const readOnlyData = z.object({ read_only: z.object({ ...versioned, enabled: z.boolean() }) });
export const timeoutData = z.object({ timeout: z.object({ ...versioned, timeout_seconds: z.number().int() }) });

export const infoData = z.object({
  info: z.object({
    ...versioned,
    slug: z.string(),
    name: z.string(),
    description: z.string().nullable(),
    template: z.object({ name: z.string().nullable(), type: z.string(), role: z.enum(AGENT_ROLES) }),
    capabilities: z.array(z.string()),
    runtime: z.object({
      runtime: z.string().nullable(),
      runtime_model: z.string().nullable(),
      runtime_state: z.enum(RUNTIME_STATES),
      status: z.enum(AGENT_STATUSES),
      timeout_seconds: z.number().int(),
    }),
    resources: z.object({ cpu: z.number(), memory: z.string() }).nullable(),
    llm: z.object({
      provider: z.enum(LLM_PROVIDERS),
      model: z.string(),
      integration_id: z.string().nullable(),
      temperature: z.number().nullable(),
      max_tokens: z.number().int().nullable(),
      top_p: z.number().nullable(),
    }),
    maturity: z.object({ level: z.enum(MATURITY_LEVELS), autonomy_enabled: z.boolean(), read_only_enabled: z.boolean() }),
  }),
});

export const logsData = z.object({
  logs: z.array(z.object({ at: z.string(), level: z.enum(LOG_LEVELS), event: z.string(), message: z.string(), actor: z.string() })),
});

export const statsData = z.object({
  stats: z.object({
    agent_id: z.string(),
    total_executions: z.number().int(),
    successful_executions: z.number().int(),
    failed_executions: z.number().int(),
    success_rate: z.number().min(0).max(1).describe('successful / total, 0–1; 0 before the first run'),
    avg_confidence: z.number().nullable(),
    total_input_tokens: z.number().int(),
    total_output_tokens: z.number().int(),
    cost_usd: z.number().describe('Estimate from the provider price table at run time'),
    duration_ms: z
      .object({ p50: z.number().nullable(), p95: z.number().nullable() })
      .describe('Upper bound of the duration bucket (100 ms … 3600 s) holding the percentile; null before the first run'),
    last_execution: z.string().nullable(),
  }),
});

export const avatarData = z.object({
  avatar: z.object({
    ...versioned,
    avatar_url: z.string().describe('Where clients fetch the image: `/api/agents/<agent_id>/avatar`, a redirect to a short-lived link'),
    content_type: z.enum(AVATAR_CONTENT_TYPES),
    size_bytes: z.number().int(),
    sha256: z.string(),
  }),
});
