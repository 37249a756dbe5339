import { createHash } from 'node:crypto';
import type { Agent } from '../domain/agents/model';
import { assertOffsetWithinReach } from '../domain/offset-paging';
import { assertMayWriteFiles, type FileActor } from '../domain/files/governance';
import { normaliseFilePath, normalisePrefix } from '../domain/files/paths';
import {
  isMountsPath,
  MOUNTS_FOLDER,
  type MountMode,
  mountEntriesUnder,
  mountedFolders,
  resolveMountedPath,
} from '../domain/folders/mounts';
import { storageLimit } from '../domain/files/quota';
import {
  DEFAULT_CONTENT_TYPE,
  DIRECT_UPLOAD_MAX_BYTES,
  DOWNLOAD_URL_SECONDS,
  UPLOAD_SETTLE_GRACE_SECONDS,
  UPLOAD_URL_SECONDS,
} from '../domain/files/uploads';
import type { Tier } from '../domain/tiers';
import { Forbidden, NotFound, PayloadTooLarge } from '../domain/errors';
import {
  agentFileKey,
  agentFilesPrefix,
  deleteObject,
  getObject,
  headObject,
  presignGet,
  presignPut,
  putObject,
} from './agent-file-objects';
import { type AgentFileEntry, byKeyOrder, byPathOrder, readListing } from './agent-file-listing';
import { allMountsStateOf, mountStateFor } from './agent-folders';
import { chargeFile, reconcileFile, settleExpiredUploads, settledAccounting } from './file-accounting';
import { reserveUpload } from './file-uploads';
import { decodeListingCursor, encodeListingCursor, type ListingScope } from './file-listing-cursor';
import type { ListPage, ListRequest } from './list';
import { getWorkspace } from './workspaces';

/**
 * An agent's files (API.md §2 "files"), for the HTTP routes and the agent's own `files.*` tools
 * alike, so that the rules hold whoever writes: paths are normalised and confined, every change
 * moves the workspace's storage counter against its tier's quota, and a read-only agent's
 * executions may not change anything. Raw paths go in; normalised paths come out. A path under
 * `mounts/<publisher-slug>/<folder>/` is a file of the folder's publisher (see domain/folders/mounts.ts):
 * read there, written there only through a read-write mount, and charged there.
 */

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

type AgentRef = ReturnType<typeof ref>;

/** Where a path of an agent's files lives: in its own files, or in a publisher's behind a folder it mounts. */
interface FileLocation {
  /** Whose files hold it (and are charged for it). */
  owner: AgentRef;
  /** The path in the owner's files. */
  path: string;
  /** The part of the owner's files the agent sees (`''`: all of them), and where it sees it. */
  root: string;
  shownAs: string;
  mode: 'own' | MountMode;
}

const own = (agent: AgentRef, path: string): FileLocation => ({ owner: agent, path, root: '', shownAs: '', mode: 'own' });

/**
 * A normalised path (or listing prefix) of the agent's files, located. Only paths under `mounts/`
 * read anything. A file path there that no current mount resolves answers 404 like a missing file;
 * a prefix that resolves to no mount lists the agent's own files.
 */
const locate = async (agent: AgentRef, path: string, kind: 'file' | 'prefix'): Promise<FileLocation> => {
  if (!isMountsPath(path)) return own(agent, path);
  const target = resolveMountedPath(path, await mountStateFor(agent, path));
  // `mounts/<slug>/<folder>` as a file names the folder itself, which is no file.
  if (target && (kind === 'prefix' || target.path !== target.root)) {
    // The publisher's folder lengthens the path: it must still fit an S3 key (400 otherwise).
    const stored = kind === 'file' ? normaliseFilePath(target.path) : normalisePrefix(target.path);
    return {
      owner: ref(agent.workspace_id, target.publisherId),
      path: stored,
      root: target.root,
      shownAs: target.mountedAt,
      mode: target.mode,
    };
  }
  if (kind === 'prefix') return own(agent, path);
  throw fileNotFound(path);
};

/** Changing a file: a mounted folder must be mounted read-write. */
const locateForWriting = async (agent: AgentRef, path: string): Promise<FileLocation> => {
  const at = await locate(agent, path, 'file');
  if (at.mode === 'read-only') {
    throw new Forbidden(
      `${at.shownAs} is a folder of another agent published for reading only: its files can be read here but not changed`,
      'FORBIDDEN',
      [{ field: 'path', issue: 'in a folder mounted read-only' }],
    );
  }
  return at;
};

const limitOf = async (workspaceId: string, tier: Tier | undefined): Promise<number | null> =>
  storageLimit(tier ?? (await getWorkspace(workspaceId))?.tier ?? 'free');

export interface ListFilesRequest extends ListRequest {
  /** A path prefix: `docs/` lists that folder, `rep` everything starting so. */
  prefix?: string;
  /** Every file below the prefix instead of one level with folders. */
  recursive?: boolean;
}

const listingScope = (agent: Pick<Agent, 'id'>, request: Pick<ListFilesRequest, 'prefix' | 'recursive'>): ListingScope => ({
  agentId: agent.id,
  prefix: normalisePrefix(request.prefix ?? ''),
  recursive: request.recursive ?? false,
});

/** A one-level listing at, or on the way down to, `mounts/` shows the mounted folders beside the files. */
const showsMounts = (prefix: string): boolean => `${MOUNTS_FOLDER}/`.startsWith(prefix) || isMountsPath(prefix);

/**
 * The folders mounted under the listed prefix (`mounts/`, then `mounts/<slug>/`, then
 * `mounts/<slug>/<folder>/`), read now, merged into the entries read from S3. Only those after
 * `after` belong to this page; the merge is exact because the S3 read holds every stored entry
 * before its last one.
 */
const withMountedFolders = (
  prefix: string,
  listed: AgentFileEntry[],
  mounts: Awaited<ReturnType<typeof allMountsStateOf>>,
  after: string | undefined,
): AgentFileEntry[] => {
  const shown = new Set(listed.map((e) => e.path));
  const folders = mountEntriesUnder(prefix, mountedFolders(mounts))
    .filter((path) => !shown.has(path) && (after === undefined || byKeyOrder(path, after) > 0))
    .map((path) => ({ path, type: 'folder' as const, size: null, modified_at: null }));
  return folders.length === 0 ? listed : [...listed, ...folders].sort(byPathOrder);
};

/**
 * One page of an agent's files, and the path the next page starts after (none at the end). The
 * page reads S3 from where the previous one ended, never the whole prefix; `total` is known only
 * when the read reached the end from the first entry, and is null otherwise.
 */
export const agentFilesPage = async (
  agent: Pick<Agent, 'workspace_id' | 'id'>,
  request: Omit<ListFilesRequest, 'cursor'> & { after?: string },
  now: Date = new Date(),
): Promise<Omit<ListPage<AgentFileEntry>, 'nextCursor'> & { after: string | undefined }> => {
  const scope = listingScope(agent, request);
  const page = request.after === undefined ? (request.page ?? 1) : 1;
  assertOffsetWithinReach(page, request.limit);
  const offset = (page - 1) * request.limit;
  const at = await locate(ref(agent.workspace_id, agent.id), scope.prefix, 'prefix');
  // The mounts are read beside the listing, not after it: one round trip fewer.
  const [mounts, read] = await Promise.all([
    at.mode === 'own' && !scope.recursive && showsMounts(scope.prefix) ? allMountsStateOf(agent) : null,
    settleExpiredUploads(at.owner, now).then(() =>
      readListing({
        prefix: `${agentFilesPrefix(at.owner)}${at.path}`,
        recursive: scope.recursive,
        base: `${agentFilesPrefix(at.owner)}${at.root}`,
        shownAs: at.shownAs,
        after: request.after,
        wanted: offset + request.limit + 1,
      }),
    ),
  ]);
  const entries = mounts ? withMountedFolders(scope.prefix, read.entries, mounts, request.after) : read.entries;
  const items = entries.slice(offset, offset + request.limit);
  const more = entries.length > offset + request.limit;
  return {
    items,
    page,
    limit: request.limit,
    total: !more && request.after === undefined ? entries.length : null,
    after: more ? items.at(-1)?.path : undefined,
  };
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
  const at = await locate(ref(workspaceId, agentId), path, 'file');
  const object = await getObject(
    agentFileKey(at.owner, at.path),
    maxBytes,
    () => new PayloadTooLarge(maxBytes, { what: `the file ${path}`, field: 'path' }),
  );
  if (!object) throw fileNotFound(path);
  return { path, body: object.body, size: object.size, contentType: object.contentType ?? DEFAULT_CONTENT_TYPE };
};

/** A short-lived URL that downloads the file straight from S3. */
export const downloadUrl = async (workspaceId: string, agentId: string, rawPath: string, now: Date = new Date()) => {
  const path = normaliseFilePath(rawPath);
  const at = await locate(ref(workspaceId, agentId), path, 'file');
  const key = agentFileKey(at.owner, at.path);
  const head = await headObject(key);
  if (!head) throw fileNotFound(path);
  return {
    path,
    size: head.size,
    url: await presignGet(key, path, DOWNLOAD_URL_SECONDS),
    expires_at: new Date(now.getTime() + DOWNLOAD_URL_SECONDS * 1000).toISOString(),
  };
};

export interface WriteOptions {
  actor: FileActor;
  contentType?: string;
  /** The workspace's tier when the caller knows it already (saves reading the workspace). */
  tier?: Tier;
}

export const writeAgentFile = async (
  workspaceId: string,
  agent: FileAgent,
  rawPath: string,
  body: Buffer,
  options: WriteOptions,
): Promise<StoredFile> => {
  assertMayWriteFiles(agent, options.actor);
  const path = normaliseFilePath(rawPath);
  if (body.length > DIRECT_UPLOAD_MAX_BYTES) throw new PayloadTooLarge(DIRECT_UPLOAD_MAX_BYTES, { what: 'the file', field: 'body' });
  const { owner: target, path: stored } = await locateForWriting(ref(workspaceId, agent.id), path);
  const key = agentFileKey(target, stored);
  const [limit, accounted] = await Promise.all([limitOf(workspaceId, options.tier), settledAccounting(target, stored)]);
  const contentType = options.contentType ?? DEFAULT_CONTENT_TYPE;
  // Charged before S3 has it: the quota is checked once, and bytes on their way are never free.
  await chargeFile(target, stored, { size: body.length, etag: createHash('md5').update(body).digest('hex') }, limit, accounted);
  try {
    await putObject(key, body, contentType);
  } finally {
    // Racing writers of one path charged in one order and may land in another: S3 decides.
    await reconcileFile(target, stored, null);
  }
  return { path, type: 'file', size: body.length, modified_at: new Date().toISOString(), content_type: contentType };
};

export const deleteAgentFile = async (
  workspaceId: string,
  agent: FileAgent,
  rawPath: string,
  options: Pick<WriteOptions, 'actor'>,
): Promise<{ path: string }> => {
  assertMayWriteFiles(agent, options.actor);
  const path = normaliseFilePath(rawPath);
  const { owner: target, path: stored } = await locateForWriting(ref(workspaceId, agent.id), path);
  const key = agentFileKey(target, stored);
  // Only the settlement matters here; the path's size item comes in the same batch and is not needed.
  await settledAccounting(target, stored);
  if (!(await headObject(key))) throw fileNotFound(path);
  await deleteObject(key);
  // The refund is what was charged for the file, once, however many deletes race (none for bytes never charged).
  await reconcileFile(target, stored, null);
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
  const { owner: target, path: stored } = await locateForWriting(ref(workspaceId, agent.id), path);
  const key = agentFileKey(target, stored);
  const contentType = upload.contentType ?? DEFAULT_CONTENT_TYPE;
  const [limit, accounted] = await Promise.all([limitOf(workspaceId, upload.tier), settledAccounting(target, stored)]);
  const previous = accounted.file?.size ?? 0;
  const expiresAt = new Date(now.getTime() + UPLOAD_URL_SECONDS * 1000);
  await reserveUpload(
    target,
    {
      path: stored,
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
