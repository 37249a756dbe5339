import * as z from 'zod';
import { MAX_CURSOR_LENGTH } from '../../../data/file-listing-cursor';
import { checkPath, MAX_PATH_BYTES } from '../../../domain/files/paths';
import { PRESIGNED_UPLOAD_MAX_BYTES } from '../../../domain/files/uploads';
import { paginationQuery, paginationSchema } from '../../pagination';

/** Bodies, queries and answers of an agent's files and of direct access to them. */

const RULES = [
  `relative to the agent's files, \`/\` between folders, at most ${MAX_PATH_BYTES} bytes;`,
  'no `..`, leading `/`, backslash, NUL or control characters',
].join(' ');

/** The domain's path check as a schema, so a bad path answers 400 naming its field. */
const pathSchema = (kind: 'file' | 'prefix') =>
  z
    .string()
    .max(4096)
    .transform((raw, ctx) => {
      const result = checkPath(raw, kind);
      if ('issue' in result) {
        ctx.addIssue({ code: 'custom', message: result.issue });
        return z.NEVER;
      }
      return result.path;
    });

export const filePath = pathSchema('file').describe(`The file's path, ${RULES}`);

export const filePathQuery = z.strictObject({ path: filePath });

export const listFilesQuery = z.strictObject({
  prefix: pathSchema('prefix').optional().describe(`Only paths starting with this: \`docs/\` lists that folder; ${RULES}`),
  recursive: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional()
    .describe('`true`: every file below the prefix; `false` (default): one level, deeper files grouped into folders'),
  ...paginationQuery,
  cursor: z
    .string()
    .min(1)
    .max(MAX_CURSOR_LENGTH)
    .optional()
    .describe('`next_cursor` of the previous page of this same listing; signed, so an altered one or one from another listing answers 400'),
});

const contentType = z
  .string()
  .max(255)
  .regex(/^[\w.+-]+\/[\w.+-]+(?:\s*;\s*[\w.+-]+=[\w.+"-]+)*$/, 'must be a media type such as text/plain or application/pdf');

export const uploadBody = z.strictObject({
  path: filePath,
  size: z
    .number()
    .int()
    .min(0)
    .max(PRESIGNED_UPLOAD_MAX_BYTES)
    .describe('Exact size in bytes of what will be uploaded (at most 5 GiB); S3 refuses any other'),
  content_type: contentType.optional().describe('Media type to store the file with (default application/octet-stream)'),
});

export const accessBody = z.strictObject({
  ttl_seconds: z
    .number()
    .int()
    .min(900)
    .max(3600)
    .default(900)
    .describe('How long the access lasts: 900–3600 seconds (STS issues no session shorter than 15 minutes)'),
  access: z
    .enum(['read', 'write'])
    .default('read')
    .describe('`write` also allows uploading and deleting; a read-only agent only ever gets `read`'),
});

const timestamp = z.string().describe('ISO-8601 UTC');

export const fileEntrySchema = z.object({
  path: z.string().describe("Relative to the agent's files; a folder's path ends in `/`"),
  type: z.enum(['file', 'folder']),
  size: z.number().int().nullable().describe('Bytes; null for a folder'),
  modified_at: timestamp.nullable().describe('null for a folder'),
});

export const listFilesData = z.object({ files: z.array(fileEntrySchema), pagination: paginationSchema });

export const storedFileSchema = z.object({
  path: z.string(),
  type: z.literal('file'),
  size: z.number().int(),
  modified_at: timestamp,
  content_type: z.string(),
});

export const uploadData = z.object({
  upload: z.object({
    path: z.string(),
    size: z.number().int(),
    method: z.literal('PUT'),
    url: z.string().describe('Send the bytes here with exactly these headers, before `expires_at`'),
    headers: z.record(z.string(), z.string()),
    expires_at: timestamp,
  }),
});

export const downloadData = z.object({
  download: z.object({ path: z.string(), size: z.number().int(), url: z.string().describe('Also in `Location`'), expires_at: timestamp }),
});

export const deletedFileData = z.object({ deleted: z.literal(true), path: z.string() });

export const accessData = z.object({
  access: z.object({
    mode: z.literal('sts').describe('Always `sts`: temporary AWS credentials, deployed and on the local runtime'),
    access: z.enum(['read', 'write']).describe('What was granted (`read` for a read-only agent whatever was asked)'),
    bucket: z.string(),
    prefix: z.string().describe("The agent's own files: every key of them starts with this"),
    region: z.string(),
    endpoint: z
      .string()
      .nullable()
      .describe("Where to send S3 calls: null for S3's regional endpoint; the local runtime's S3 stand-in there"),
    force_path_style: z.boolean().describe('Address the bucket in the path (`true` on the local runtime)'),
    expires_at: timestamp,
    credentials: z
      .object({ access_key_id: z.string(), secret_access_key: z.string(), session_token: z.string() })
      .describe(
        [
          'Use with any S3 client, on keys under `prefix` (and the `mounts` prefixes) only:',
          'listing with a prefix under it, reading and, with `write`, uploading and deleting',
        ].join(' '),
      ),
    mounts: z
      .array(
        z.object({
          path: z.string().describe('Where the folder appears in the files routes: `mounts/<publisher-slug>/<folder>/`'),
          prefix: z.string().describe("The folder's keys in the publisher's files: the credentials reach them there"),
          access: z.enum(['read', 'write']).describe('`write` only for a folder mounted read-write, in a `write` grant'),
        }),
      )
      .describe('The folders the agent mounts, reached by the same credentials'),
    mounts_left_out: z
      .array(z.object({ path: z.string(), reason: z.string() }))
      .describe(
        [
          'Mounted folders the credentials do not reach:',
          'STS takes a session policy of at most 2,048 characters, and IAM reads `*`, `?` and `$` in a path as patterns',
        ].join(' '),
      ),
  }),
});
