import { createHash } from 'node:crypto';
import type { Agent } from '../domain/agents/model';
import { assertMayWriteFiles, type FileActor } from '../domain/files/governance';
import { normaliseFilePath, normalisePrefix } from '../domain/files/paths';
import { storageLimit } from '../domain/files/quota';
import { DEFAULT_CONTENT_TYPE, DIRECT_UPLOAD_MAX_BYTES, DOWNLOAD_URL_SECONDS, UPLOAD_SETTLE_GRACE_SECONDS, UPLOAD_URL_SECONDS } from '../domain/files/uploads';
import type { Tier } from '../domain/tiers';
import { NotFound, PayloadTooLarge } from '../shared/errors';
import {
  agentFileKey, agentFilesPrefix, deleteObject, getObject, headObject, type ListedObjects, listObjects, presignGet, presignPut, putObject,
} from './agent-file-objects';
import { chargeFile, reconcileFile, settleExpiredUploads, settleUploadOf, storedFileSize } from './file-accounting';
import { reserveUpload } from './file-uploads';
import { decodeListingCursor, encodeListingCursor, type ListingScope } from './file-listing-cursor';
import type { ListPage, ListRequest } from './list';
import { getWorkspace } from './workspaces';

/**
 * An agent's files (API.md §2 "files"), for the HTTP routes and the agent's own `files.*` tools
 * alike, so that the rules hold whoever writes: paths are normalised and confined, every change
 * moves the workspace's storage counter against its tier's quota, and a read-only agent's
 * executions may not change anything. Raw paths go in; normalised paths come out.
 */

export interface AgentFileEntry {
  /** Relative to the agent's files; a folder's ends in `/`. */
  path: string;
  type: 'file' | 'folder';
  size: number | null;
  modified_at: string | null;
}

export interface StoredFile {
  path: string;
  type: 'file';
  size: number;
  modified_at: string;
  content_type: string;
}

/** What the write rules look at: whose files, and whether the agent is read-only. */
export type FileAgent = Pick<Agent, 'id' | 'slug' | 'read_only_enabled'>;

export const fileNotFound = (path: string) =>
  new NotFound(`the agent has no file at ${path}; list its files with GET /api/agents/{agent}/files`, 'file');

const ref = (workspaceId: string, agentId: string) => ({ workspace_id: workspaceId, id: agentId });

const limitOf = async (workspaceId: string, tier: Tier | undefined): Promise<number | null> =>
  storageLimit(tier ?? (await getWorkspace(workspaceId))?.tier ?? 'free');

export interface ListFilesRequest extends ListRequest {
  /** A path prefix: `docs/` lists that folder, `rep` everything starting so. */
  prefix?: string;
  /** Every file below the prefix instead of one level with folders. */
  recursive?: boolean;
}

/** Objects whose key ends in `/` are folder markers other S3 tools create, not files. */
const entriesOf = (listed: ListedObjects, base: string): AgentFileEntry[] => [
  ...listed.objects
    .filter((o) => !o.key.endsWith('/'))
    .map((o) => ({ path: o.key.slice(base.length), type: 'file' as const, size: o.size, modified_at: o.modified.toISOString() })),
  ...listed.folders.map((f) => ({ path: f.slice(base.length), type: 'folder' as const, size: null, modified_at: null })),
];

/**
 * Every entry of a listing, by path. S3 keeps no counts and the API reports a `total`, so a page
 * walks the listing's keys (a thousand per S3 call) and slices it: the documented exception to
 * O(page), bounded by what the storage quota lets an agent keep. A folder can come back from more
 * than one call; it is listed once.
 */
export const walkListing = async (prefix: string, recursive: boolean, base: string, keysPerCall = 1000): Promise<AgentFileEntry[]> => {
  const byPath = new Map<string, AgentFileEntry>();
  let marker: string | undefined;
  do {
    const listed = await listObjects(prefix, recursive, keysPerCall, marker);
    for (const entry of entriesOf(listed, base)) byPath.set(entry.path, entry);
    // A marker that does not move would list the same keys forever.
    marker = listed.nextMarker === marker ? undefined : listed.nextMarker;
  } while (marker);
  return [...byPath.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
};

const listingScope = (agent: Pick<Agent, 'id'>, request: Pick<ListFilesRequest, 'prefix' | 'recursive'>): ListingScope => ({
  agentId: agent.id,
  prefix: normalisePrefix(request.prefix ?? ''),
  recursive: request.recursive ?? false,
});

/** One page of an agent's files, and the path the next page starts after (none at the end). */
export const agentFilesPage = async (
  agent: Pick<Agent, 'workspace_id' | 'id'>,
  request: Omit<ListFilesRequest, 'cursor'> & { after?: string },
  now: Date = new Date(),
): Promise<Omit<ListPage<AgentFileEntry>, 'nextCursor'> & { after: string | undefined }> => {
  const scope = listingScope(agent, request);
  const base = agentFilesPrefix(agent);
  await settleExpiredUploads(agent, now);
  const entries = await walkListing(`${base}${scope.prefix}`, scope.recursive, base);
  const page = request.after === undefined ? (request.page ?? 1) : 1;
  const start = request.after === undefined ? (page - 1) * request.limit : entries.filter((e) => e.path <= (request.after as string)).length;
  const items = entries.slice(start, start + request.limit);
  const more = start + request.limit < entries.length;
  return { items, page, limit: request.limit, total: entries.length, after: more ? items.at(-1)?.path : undefined };
};

/** The API's listing: the cursor says where to resume, signed for this agent, prefix and depth. */
export const listAgentFiles = async (
  agent: Pick<Agent, 'workspace_id' | 'id'>,
  request: ListFilesRequest,
  now: Date = new Date(),
): Promise<ListPage<AgentFileEntry>> => {
  const scope = listingScope(agent, request);
  const after = request.cursor ? await decodeListingCursor(request.cursor, scope) : undefined;
  const { after: next, ...page } = await agentFilesPage(agent, { ...request, after }, now);
  return { ...page, nextCursor: await encodeListingCursor(scope, next) };
};

export const readAgentFile = async (
  workspaceId: string,
  agentId: string,
  rawPath: string,
  maxBytes: number = DIRECT_UPLOAD_MAX_BYTES,
): Promise<{ path: string; body: Buffer; size: number; contentType: string }> => {
  const path = normaliseFilePath(rawPath);
  const object = await getObject(agentFileKey(ref(workspaceId, agentId), path), maxBytes, () => new PayloadTooLarge(maxBytes, { what: `the file ${path}`, field: 'path' }));
  if (!object) throw fileNotFound(path);
  return { path, body: object.body, size: object.size, contentType: object.contentType ?? DEFAULT_CONTENT_TYPE };
};

/** A short-lived URL that downloads the file straight from S3. */
export const downloadUrl = async (workspaceId: string, agentId: string, rawPath: string, now: Date = new Date()) => {
  const path = normaliseFilePath(rawPath);
  const key = agentFileKey(ref(workspaceId, agentId), path);
  const head = await headObject(key);
  if (!head) throw fileNotFound(path);
  return { path, size: head.size, url: await presignGet(key, path, DOWNLOAD_URL_SECONDS), expires_at: new Date(now.getTime() + DOWNLOAD_URL_SECONDS * 1000).toISOString() };
};

export interface WriteOptions {
  actor: FileActor;
  contentType?: string;
  /** The workspace's tier when the caller knows it already (saves reading the workspace). */
  tier?: Tier;
}

export const writeAgentFile = async (workspaceId: string, agent: FileAgent, rawPath: string, body: Buffer, options: WriteOptions): Promise<StoredFile> => {
  assertMayWriteFiles(agent, options.actor);
  const path = normaliseFilePath(rawPath);
  if (body.length > DIRECT_UPLOAD_MAX_BYTES) throw new PayloadTooLarge(DIRECT_UPLOAD_MAX_BYTES, { what: 'the file', field: 'body' });
  const target = ref(workspaceId, agent.id);
  const key = agentFileKey(target, path);
  const limit = await limitOf(workspaceId, options.tier);
  await settleUploadOf(target, path);
  const contentType = options.contentType ?? DEFAULT_CONTENT_TYPE;
  // Charged before S3 has it: the quota is checked once, and bytes on their way are never free.
  await chargeFile(target, path, { size: body.length, etag: createHash('md5').update(body).digest('hex') }, limit);
  try {
    await putObject(key, body, contentType);
  } finally {
    // Racing writers of one path charged in one order and may land in another: S3 decides.
    await reconcileFile(target, path, null);
  }
  return { path, type: 'file', size: body.length, modified_at: new Date().toISOString(), content_type: contentType };
};

export const deleteAgentFile = async (workspaceId: string, agent: FileAgent, rawPath: string, options: Pick<WriteOptions, 'actor'>): Promise<{ path: string }> => {
  assertMayWriteFiles(agent, options.actor);
  const path = normaliseFilePath(rawPath);
  const target = ref(workspaceId, agent.id);
  const key = agentFileKey(target, path);
  await settleUploadOf(target, path);
  if (!(await headObject(key))) throw fileNotFound(path);
  await deleteObject(key);
  // The refund is what was charged for the file, once, however many deletes race (none for bytes never charged).
  await reconcileFile(target, path, null);
  return { path };
};

export interface UploadRequest {
  path: string;
  size: number;
  contentType?: string;
  tier?: Tier;
}

/** A presigned PUT for a file too large for a request body; its bytes are reserved now (see file-uploads.ts). */
export const createUploadUrl = async (workspaceId: string, agent: FileAgent, upload: UploadRequest, now: Date = new Date()) => {
  const path = normaliseFilePath(upload.path);
  const target = ref(workspaceId, agent.id);
  const key = agentFileKey(target, path);
  const contentType = upload.contentType ?? DEFAULT_CONTENT_TYPE;
  const limit = await limitOf(workspaceId, upload.tier);
  await settleUploadOf(target, path);
  const previous = (await storedFileSize(agent.id, path))?.size ?? 0;
  const expiresAt = new Date(now.getTime() + UPLOAD_URL_SECONDS * 1000);
  await reserveUpload(
    target,
    {
      path,
      size: upload.size,
      reserved: upload.size - previous,
      created_at: now.toISOString(),
      settle_after: new Date(expiresAt.getTime() + UPLOAD_SETTLE_GRACE_SECONDS * 1000).toISOString(),
    },
    limit,
  );
  return {
    path,
    size: upload.size,
    method: 'PUT' as const,
    url: await presignPut(key, UPLOAD_URL_SECONDS, upload.size),
    headers: { 'Content-Type': contentType, 'Content-Length': String(upload.size) },
    expires_at: expiresAt.toISOString(),
  };
};
