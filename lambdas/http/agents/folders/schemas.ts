import * as z from 'zod';
import {
  FOLDER_ACCESS,
  FOLDER_NAME_PATTERN,
  type FolderConfigRequest,
  MAX_MOUNTS,
  MAX_PUBLISHED_FOLDERS,
} from '../../../domain/folders/model';
import { FOLDER_PATH_MAX_BYTES, normaliseFolderPath } from '../../../domain/folders/paths';
import { paginationQuery, paginationSchema } from '../../pagination';
import { agentRef } from '../schemas';

/** Shared folders (API.md §2 Agents, `/folders`): what an agent publishes and mounts. */

const folderPath = (what: string) =>
  z
    .string()
    .transform((raw, ctx) => {
      const checked = normaliseFolderPath(raw);
      if (checked.ok) return checked.path;
      ctx.addIssue({ code: 'custom', message: `${what} ${checked.issue}` });
      return z.NEVER;
    })
    .describe(
      [
        `${what}: relative to the agent's files, normalised (\`a//b/./c/\` is \`a/b/c\`);`,
        `no \`..\`, leading \`/\`, backslash or control character; at most ${FOLDER_PATH_MAX_BYTES} bytes`,
      ].join(' '),
    );

const folderName = z
  .string()
  .regex(FOLDER_NAME_PATTERN, 'lowercase letters, digits, _ and -, 1–64 characters, starting with a letter or digit')
  .describe('The folder’s name, unique per publishing agent');

const folderAccess = z.enum(FOLDER_ACCESS).describe('`write` lets agents that mount the folder write into it');

export const foldersBody = z.strictObject({
  publish: z
    .array(z.strictObject({ name: folderName, path: folderPath('path'), access: folderAccess.default('read') }))
    .max(MAX_PUBLISHED_FOLDERS)
    .describe(
      [
        'Folders of this agent other agents of the workspace may mount;',
        `at most ${MAX_PUBLISHED_FOLDERS}, so a whole configuration fits one transaction.`,
        'A folder left out is unpublished (409 FOLDER_IN_USE while mounted).',
      ].join(' '),
    ),
  mount: z
    .array(
      z.strictObject({
        from_agent: agentRef.describe('The publishing agent: its id or its slug, in this workspace'),
        name: folderName,
        mount_path: folderPath('mount_path'),
      }),
    )
    .max(MAX_MOUNTS)
    .describe(
      [
        `Folders of other agents this agent mounts; at most ${MAX_MOUNTS}.`,
        'Each must be published (422 FOLDER_NOT_PUBLISHED) by an agent the caller can read',
        '(422 MOUNT_AGENT_NOT_FOUND), not this one (422 MOUNT_OWN_FOLDER), and must not close a cycle of write mounts',
        '(422 MOUNT_CYCLE); a folder published for writing needs manage access to its publisher (403).',
        "Each appears in this agent's files under `mounts/<publisher-slug>/<name>/`.",
      ].join(' '),
    ),
}) satisfies z.ZodType<FolderConfigRequest>;

const publishedFolderSchema = z.object({ name: z.string(), path: z.string(), access: z.enum(FOLDER_ACCESS) });

export const folderConfigData = z.object({
  folders: z.object({
    agent_id: z.string(),
    version: z.number().int().describe('0 before the first PUT; answered as `ETag`'),
    updated_at: z.string().nullable(),
    publish: z.array(publishedFolderSchema),
    mount: z.array(z.object({ from_agent: z.string().describe('The publishing agent’s id'), name: z.string(), mount_path: z.string() })),
  }),
});

const agentSummary = z.object({ id: z.string(), slug: z.string(), name: z.string() });

export const availableFoldersData = z.object({
  folders: z.array(
    publishedFolderSchema.extend({
      from_agent: agentSummary.describe('The publishing agent'),
      mounted: z.boolean().describe('This agent mounts it already'),
    }),
  ),
  pagination: paginationSchema,
});

export const folderConsumersData = z.object({
  consumers: z.array(
    z.object({
      agent: z
        .object({ id: z.string(), slug: z.string().nullable(), name: z.string().nullable() })
        .describe('The mounting agent; slug and name are null for an agent the caller cannot see'),
      folder: z.string().describe('Which of this agent’s folders it mounts'),
      access: z.enum(FOLDER_ACCESS),
      mount_path: z
        .string()
        .nullable()
        .describe(
          [
            'The `mount_path` the mounting agent stored; null when the caller cannot see that agent.',
            'The folder itself appears in its files under `mounts/<publisher-slug>/<folder>/`',
          ].join(' '),
        ),
      mounted_at: z.string(),
    }),
  ),
  pagination: paginationSchema,
});

export const foldersListQuery = z.strictObject({ ...paginationQuery });
