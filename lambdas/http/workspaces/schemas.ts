import * as z from 'zod';
import { TIERS } from '../../domain/tiers';
import { ROLES } from '../../domain/workspaces';

const timestamp = z.string().describe('ISO-8601 UTC');
const email = z
  .email()
  .max(254)
  .transform((e) => e.toLowerCase());

export const workspaceName = z.string().trim().min(1).max(100);

export const defaultLlmSchema = z.strictObject({
  provider: z.enum(['local', 'bedrock', 'openai-compatible']),
  model: z.string().trim().min(1).max(200),
  temperature: z.number().min(0).max(2).optional(),
  max_tokens: z.number().int().min(1).max(200_000).optional(),
});

export const workspaceSchema = z.object({
  id: z.string(),
  name: z.string(),
  tier: z.enum(TIERS),
  role: z.enum(ROLES).nullable().describe("The caller's role; null for a platform operator who is not a member"),
  limits: z.object({
    requests_per_day: z.number().int().nullable(),
    requests_per_minute: z.number().int(),
    agents: z.number().int().nullable(),
  }),
  agent_limit_override: z.number().int().nullable(),
  execution_concurrency_override: z.number().int().nullable().describe("Set by platform operators; null: the tier's executions at once"),
  default_llm: defaultLlmSchema.nullable(),
  four_eyes_approval: z
    .boolean()
    .describe('Approving a held step needs someone other than whoever started the run (or created the API key that did)'),
  default_integrations: z
    .object({ llm: z.string().nullable(), embedding: z.string().nullable(), storage: z.string().nullable() })
    .describe("Each kind's default integration (set with `is_default` on /integrations); new agents get each of them"),
  created_by: z.string(),
  created_at: timestamp,
  updated_at: timestamp,
  version: z.number().int(),
});

export const createWorkspaceBody = z.strictObject({ name: workspaceName });

export const updateWorkspaceBody = z.strictObject({
  name: workspaceName.optional(),
  default_llm: defaultLlmSchema.nullable().optional(),
  four_eyes_approval: z.boolean().optional().describe('Owners and admins; default false'),
  agent_limit_override: z.number().int().min(0).max(1_000_000).nullable().optional().describe('Platform operators only'),
  tier: z.enum(TIERS).optional().describe('Platform operators only'),
  monthly_budget_usd: z
    .number()
    .min(0)
    .max(1_000_000)
    .nullable()
    .optional()
    .describe("Platform operators only: the workspace's monthly model spend budget in US dollars; null restores the tier's"),
  execution_concurrency_override: z
    .number()
    .int()
    .min(1)
    .max(1_000)
    .nullable()
    .optional()
    .describe("Platform operators only: how many executions the workspace may run at once; null restores the tier's"),
});

export const memberSchema = z.object({
  email: z.string(),
  role: z.enum(ROLES),
  user_id: z.string().nullable(),
  invited_by: z.string().nullable(),
  joined_at: timestamp,
});

export const addMemberBody = z.strictObject({ email, role: z.enum(ROLES).default('member') });
export const updateMemberBody = z.strictObject({ role: z.enum(ROLES) });

export const SCOPE_VALUES = ['read', 'write', 'execute', 'admin'] as const;

export const apiKeySchema = z.object({
  id: z.string(),
  name: z.string(),
  scopes: z.array(z.enum(SCOPE_VALUES)),
  prefix: z.string(),
  created_by: z.string(),
  created_at: timestamp,
  last_used_at: timestamp.nullable(),
  expires_at: timestamp.nullable().describe('After this the key answers 401; null: until revoked'),
});

export const createApiKeyBody = z.strictObject({
  name: z.string().trim().min(1).max(100),
  scopes: z
    .array(z.enum(SCOPE_VALUES))
    .min(1)
    .max(4)
    .transform((scopes) => [...new Set(scopes)]),
  expires_at: z.iso
    .datetime({ offset: true })
    .refine((t) => Date.parse(t) > Date.now(), 'must be in the future')
    .transform((t) => new Date(t).toISOString())
    .optional()
    .describe('Optional expiry; an expired key answers 401'),
});

export const usageSchema = z.object({
  workspace_id: z.string(),
  tier: z.enum(TIERS),
  date: z.string(),
  requests: z.object({
    today: z.number().int(),
    daily_quota: z.number().int().nullable(),
    remaining_today: z.number().int().nullable(),
    per_minute: z.number().int(),
    resets_at: timestamp,
  }),
  agents: z.object({ used: z.number().int(), allowed: z.number().int().nullable() }),
  storage: z
    .object({ used_bytes: z.number().int(), limit_bytes: z.number().int().nullable() })
    .describe("Bytes of agent files against the tier's storage quota (null: unlimited)"),
  spend: z
    .object({ month: z.string(), spent_usd: z.number(), budget_usd: z.number().nullable(), remaining_usd: z.number().nullable() })
    .describe("Model turns' cost this calendar month (UTC) against the workspace's budget (null: unlimited)"),
});

export const workspaceParams = z.strictObject({ ws: z.string().min(1).max(64) });
export const memberParams = z.strictObject({ ws: z.string().min(1).max(64), user: email });
export const apiKeyParams = z.strictObject({ ws: z.string().min(1).max(64), key: z.string().min(1).max(64) });
