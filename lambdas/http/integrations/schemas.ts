import * as z from 'zod';
import { INTEGRATION_KINDS, PROVIDERS } from '../../domain/integrations';
import { aliasConfig, isProviderAlias, OPENAI_BASE_URL, type ProviderAlias, workersAiBaseUrl } from '../../domain/provider-aliases';
import { modelEndpointRefusal } from '../../shared/model-endpoint-policy';

const SIXTEEN_KIB = 16 * 1024;
const jsonBytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value));

const config = z
  .record(z.string().max(64), z.unknown())
  .refine((o) => jsonBytes(o) <= SIXTEEN_KIB, 'at most 16 KiB of JSON')
  .superRefine((o, ctx) => {
    if (o.base_url === undefined) return;
    const refusal = modelEndpointRefusal(o.base_url);
    if (refusal) ctx.addIssue({ code: 'custom', path: ['base_url'], message: `base_url is refused: ${refusal}` });
  })
  .describe('Provider settings that are not secret: model, region, base_url (a public https:// URL), index name…');

const credentials = z
  .record(z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/, 'letters, digits and _, starting with a letter'), z.string().min(1))
  .refine((o) => jsonBytes(o) <= SIXTEEN_KIB, 'at most 16 KiB of JSON')
  .describe('Secrets such as `{"API_KEY": "…"}`: stored encrypted, never returned (only their names are)');

const provider = z
  .string()
  .min(1)
  .max(64)
  .describe(
    [
      `Per kind: ${INTEGRATION_KINDS.map((kind) => `${kind}: ${PROVIDERS[kind].join(', ')}`).join('; ')}.`,
      'For llm and embedding, `openai` and `workers-ai` are stored as `openai-compatible` with `config.base_url` filled in:',
      `${OPENAI_BASE_URL}, or ${workersAiBaseUrl('<config.account_id>')}`,
    ].join(' '),
  );

/** Kinds whose providers include openai-compatible, where the aliases apply. */
const takesAlias = (kind: (typeof INTEGRATION_KINDS)[number]) => PROVIDERS[kind].includes('openai-compatible');

const providerFits = (value: { kind: (typeof INTEGRATION_KINDS)[number]; provider: string }, ctx: z.RefinementCtx) => {
  if (!PROVIDERS[value.kind].includes(value.provider) && !(isProviderAlias(value.provider) && takesAlias(value.kind))) {
    ctx.addIssue({
      code: 'custom',
      path: ['provider'],
      message: `a ${value.kind} integration's provider is one of ${PROVIDERS[value.kind].join(', ')}`,
    });
  }
};

export const createIntegrationBody = z
  .strictObject({
    kind: z.enum(INTEGRATION_KINDS),
    provider,
    name: z.string().trim().min(1).max(100),
    config: config.optional(),
    credentials: credentials.optional(),
    is_default: z
      .boolean()
      .optional()
      .describe('Default of its kind for new agents; the first integration of a kind becomes it unless `false`'),
  })
  .superRefine(providerFits)
  .transform((body, ctx) => {
    if (!isProviderAlias(body.provider)) return body;
    const aliased = withAlias(body.provider, body.config, ctx);
    return { ...body, ...aliased };
  });

/** `provider` under an alias becomes openai-compatible, and `config` gets the alias's endpoint (a sent config is replaced as always). */
const withAlias = (alias: ProviderAlias, sent: Record<string, unknown> | undefined, ctx: z.RefinementCtx) => {
  const config = aliasConfig(alias, sent ?? {});
  if (!config)
    ctx.addIssue({
      code: 'custom',
      path: ['config', 'account_id'],
      message: 'workers-ai needs config.account_id, the 32-character Cloudflare account id',
    });
  return { provider: 'openai-compatible', config: config ?? {} };
};

export const updateIntegrationBody = z
  .strictObject({
    provider: provider.optional().describe('Another provider of the same kind; `openai` or `workers-ai` also sets `config` (as on create)'),
    name: z.string().trim().min(1).max(100).optional(),
    config: config.optional().describe('Replaces the whole config'),
    credentials: credentials.nullable().optional().describe('Replaces every credential; null removes them'),
    is_default: z.boolean().optional(),
  })
  .transform((body, ctx) =>
    body.provider !== undefined && isProviderAlias(body.provider) ? { ...body, ...withAlias(body.provider, body.config, ctx) } : body,
  );

export const integrationSchema = z.object({
  id: z.string(),
  kind: z.enum(INTEGRATION_KINDS),
  provider: z.string(),
  name: z.string(),
  config: z.record(z.string(), z.unknown()),
  credentials: z.object({
    configured: z.boolean(),
    names: z.array(z.string()).describe('Names only: values are never returned'),
  }),
  is_default: z.boolean(),
  agents: z.number().int().describe('Agents that use it; it cannot be deleted while this is above 0'),
  created_by: z.string(),
  created_at: z.string(),
  updated_at: z.string(),
  version: z.number().int(),
});

export const integrationParams = z.strictObject({ ws: z.string().min(1).max(64), integration: z.string().min(1).max(64) });

export const INTEGRATION_IMMUTABLE = ['id', 'kind', 'workspace_id', 'created_at', 'created_by', 'updated_at', 'version', 'agents'];
