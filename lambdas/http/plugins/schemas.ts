import * as z from 'zod';
import { RISKS } from '../../domain/governance';
import { BUNDLE_LIMITS } from '../../domain/plugins/limits';
import { exactSemver, pluginName } from '../../domain/plugins/names';
import { paginationQuery } from '../pagination';

const timestamp = z.string().describe('ISO-8601 UTC');

export const requirementSchema = z.object({ name: z.string(), version: z.string().describe('semver range') });

export const versionSummarySchema = z.object({
  version: z.string(),
  description: z.string(),
  skills: z.array(z.string()),
  commands: z.array(z.string()),
  tools: z.array(
    z.object({
      name: z.string(),
      risk: z.enum(RISKS),
      endpoint: z.string().optional().describe('Where the tool runs: an https origin or a Lambda ARN'),
    }),
  ),
  requires: z.array(requirementSchema),
  requires_credentials: z.array(z.string()),
  published_at: timestamp,
});

export const versionListingSchema = z.object({
  version: z.string(),
  description: z.string(),
  format: z.string(),
  bytes: z.number().int(),
  published_by: z.string().nullable().describe("Who registered the version; shown to the publisher's workspace only (null to others)"),
  created_at: timestamp,
});

export const pluginSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  latest_version: z.string().nullable().describe('null until the first version is registered; only then is the plugin in the marketplace'),
  latest: versionSummarySchema.nullable(),
  is_publisher: z.boolean().describe("Whether the caller's workspace publishes it (and so may add versions)"),
  created_at: timestamp,
  updated_at: timestamp,
});

const docEntrySchema = z.object({ name: z.string(), description: z.string(), file: z.string() });

export const manifestSchemaView = z.object({
  name: z.string(),
  version: z.string(),
  description: z.string(),
  skills: z.array(docEntrySchema),
  commands: z.array(docEntrySchema),
  tools: z.array(
    z.object({
      name: z.string(),
      description: z.string(),
      input_schema: z.record(z.string(), z.unknown()),
      risk: z.enum(RISKS),
      endpoint: z.string().optional(),
    }),
  ),
  requires: z.array(requirementSchema),
  requires_credentials: z.array(z.string()),
});

export const versionSchema = z.object({
  plugin_id: z.string(),
  version: z.string(),
  manifest: manifestSchemaView,
  bundle: z.object({
    format: z.enum(['zip', 'tar.gz']),
    bytes: z.number().int(),
    sha256: z.string(),
    entries: z.number().int(),
    uncompressed_bytes: z.number().int(),
  }),
  published_by: z.string(),
  created_at: timestamp,
});

export const uploadSchema = z.object({
  upload_id: z.string().describe('Send it to POST /api/plugins/{plugin}/versions once the bundle is uploaded'),
  url: z.string().describe('PUT the bundle here, with exactly `size` bytes'),
  method: z.literal('PUT'),
  headers: z.record(z.string(), z.string()).describe('Headers the PUT must carry'),
  max_bytes: z.number().int(),
  expires_at: timestamp,
});

const size = z
  .number()
  .int()
  .min(1)
  .max(BUNDLE_LIMITS.archiveBytes)
  .describe(
    [
      `Exact size in bytes of the bundle to upload (zip or .tar.gz), at most ${BUNDLE_LIMITS.archiveBytes};`,
      'the upload URL accepts only this size',
    ].join(' '),
  );

export const createPluginBody = z.strictObject({
  name: pluginName.describe('Unique across the platform; the bundle manifest must carry the same name'),
  description: z.string().trim().min(1).max(500),
  size,
});

export const createUploadBody = z.strictObject({ size });

export const registerVersionBody = z.strictObject({
  upload_id: z
    .string()
    .regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'the upload_id an upload URL came with')
    .describe('From POST /api/plugins or POST /api/plugins/{plugin}/uploads'),
});

export const marketplaceQuery = z.strictObject({
  ...paginationQuery,
  q: z.string().trim().min(1).max(63).optional().describe('Name prefix, case-insensitive'),
});

export const pluginRef = z.string().min(1).max(64).describe('The plugin id (`plg_…`) or its name');
export const pluginParams = z.strictObject({ plugin: pluginRef });

export const enableBody = z.strictObject({
  version: exactSemver
    .nullable()
    .optional()
    .describe(
      [
        'Pin this version;',
        'absent or null follows the latest version as far as it asks for nothing more than this enablement approves (see upgrade_required)',
      ].join(' '),
    ),
});

export const enablementSchema = z.object({
  plugin_id: z.string(),
  name: z.string(),
  description: z.string(),
  pinned_version: z.string().nullable(),
  version: z
    .string()
    .nullable()
    .describe('The version agents of the workspace run: the pin, else the latest unless it is held back (upgrade_required)'),
  latest_version: z.string().nullable(),
  upgrade_required: z
    .array(z.enum(['tool_risk', 'endpoint', 'requires_credentials']))
    .describe(
      [
        'Why a followed plugin runs an older version than the latest: the latest has a tool of higher risk,',
        'a tool endpoint on a new origin or Lambda ARN, or a new required credential than the version an admin last approved.',
        'Enabling the plugin again approves the latest (an explicit upgrade); empty when the latest runs or the plugin is pinned.',
      ].join(' '),
    ),
  assigned_agents: z.number().int().describe('Agents of the workspace it is assigned to'),
  enabled_by: z.string(),
  enabled_at: timestamp,
  updated_at: timestamp,
});

export const workspacePluginParams = z.strictObject({ ws: z.string().min(1).max(64), plugin: pluginRef });
export const disableQuery = z.strictObject({
  force: z
    .enum(['true', 'false'])
    .default('false')
    .transform((f) => f === 'true')
    .describe('Also unassign it from every agent of the workspace, in the same transaction'),
});
