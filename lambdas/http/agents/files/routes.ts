import * as z from 'zod';
import { DIRECT_UPLOAD_MAX_BYTES } from '../../../domain/files/uploads';
import { route } from '../../../shared/route';
import {
  accessBody,
  accessData,
  deletedFileData,
  downloadData,
  filePathQuery,
  listFilesData,
  listFilesQuery,
  storedFileSchema,
  uploadBody,
  uploadData,
} from './schemas';
import { agentRef } from '../schemas';

/**
 * An agent's files (API.md §2: `files`, `access`): objects under `ws/<ws>/agents/<agent>/files/`
 * in the files bucket, and the folders it mounts under `mounts/`. Reading takes read access to the
 * agent; changing its files, or handing out direct access to them, takes manage rights (owner,
 * workspace admin, agent admin).
 */

const agentParams = z.strictObject({ agent: agentRef });

const MOUNTS = [
  "A folder the agent mounts (`PUT …/folders`) is its publisher's files under `mounts/<publisher-slug>/<folder>/`,",
  'resolved on every request: readable always, changeable only when published with `write` access',
  "(otherwise 403 `FORBIDDEN`), and charged to the publisher's file at that path.",
  '`mounts/` belongs to the mounts: a path there that no current mount resolves',
  '(never mounted, unmounted, unpublished, or its publisher deleted) answers 404 `FILE_NOT_FOUND`.',
].join(' ');

const QUOTA = [
  "Every agent of the workspace shares its tier's storage quota (free 100 MiB, solo 1 GiB, team 10 GiB, enterprise unlimited);",
  'a change that would exceed it answers 403 `QUOTA_EXCEEDED` with `used_bytes`, `limit_bytes` and `requested_bytes`.',
  'Replacing a file counts only the difference from what the file was charged,',
  'and deleting it gives that back once, however many requests race; the counter never goes below zero.',
].join(' ');

export const listAgentFiles = route({
  method: 'GET',
  path: '/api/agents/{agent}/files',
  handler: 'agents/files/list',
  errors: ['AGENT_NOT_FOUND', 'CONCURRENT_MODIFICATION', 'FILE_NOT_FOUND', 'QUOTA_EXCEEDED', 'SERVICE_UNAVAILABLE', 'WORKSPACE_NOT_FOUND'],
  summary: "The agent's files: one folder level (or every file with `recursive=true`), by path",
  description:
    '`prefix` narrows the listing; folders appear as entries of `type: folder` whose path ends in `/`. ' +
    'Pages by `cursor` or `page`. ' +
    'Every page reads S3 from where the previous one ended, ' +
    'only the keys it needs (one S3 call for any page), whatever the agent holds. ' +
    'S3 keeps no counts, so `total` and `pages` are null unless the page, read from the first entry, ' +
    'reaches the end of the listing; `page` × `limit` past 1,000 answers 400 pointing to `cursor`. ' +
    'A listing also settles the storage reservations of presigned uploads whose URLs have expired. ' +
    'A prefix under `mounts/<publisher-slug>/<folder>/` lists that mounted folder (paths shown under the prefix); ' +
    'a one-level listing on the way down to one shows it as folder entries ' +
    '(`mounts/`, `mounts/<publisher-slug>/`, `mounts/<publisher-slug>/<folder>/`); ' +
    "a recursive listing of anything else walks the agent's own files only. " +
    MOUNTS,
  auth: 'user',
  scopes: ['read'],
  params: agentParams,
  query: listFilesQuery,
  response: { status: 200, description: 'Files and folders', data: listFilesData },
  access: { table: 'write', bucket: 'read' },
});

export const uploadAgentFile = route({
  method: 'PUT',
  path: '/api/agents/{agent}/files',
  handler: 'agents/files/upload',
  errors: [
    'AGENT_NOT_FOUND',
    'CONCURRENT_MODIFICATION',
    'FILE_NOT_FOUND',
    'GOVERNANCE_VIOLATION',
    'QUOTA_EXCEEDED',
    'SERVICE_UNAVAILABLE',
    'WORKSPACE_NOT_FOUND',
  ],
  summary: `Store a file at \`path\`, replacing any: the body is the file, at most ${DIRECT_UPLOAD_MAX_BYTES / 1024 / 1024} MiB`,
  description: [
    'The body is stored as sent, with its `Content-Type` (default application/octet-stream);',
    'send binary files as application/octet-stream',
    '(or another binary type such as image/*, application/pdf or application/zip) so that they arrive unchanged.',
    `${DIRECT_UPLOAD_MAX_BYTES / 1024 / 1024} MiB is what fits a Lambda request once API Gateway has base64-encoded it;`,
    'larger files go through `POST …/files/uploads` (over the limit: 413).',
    `${QUOTA} ${MOUNTS}`,
  ].join(' '),
  auth: 'user',
  scopes: ['write'],
  params: agentParams,
  query: filePathQuery,
  rawBody: true,
  bodyLimit: DIRECT_UPLOAD_MAX_BYTES,
  response: { status: 200, description: 'The stored file', data: z.object({ file: storedFileSchema }) },
  access: { table: 'write', bucket: 'write' },
});

export const createAgentFileUpload = route({
  method: 'POST',
  path: '/api/agents/{agent}/files/uploads',
  handler: 'agents/files/uploads-create',
  errors: ['AGENT_NOT_FOUND', 'CONCURRENT_MODIFICATION', 'FILE_NOT_FOUND', 'QUOTA_EXCEEDED', 'SERVICE_UNAVAILABLE', 'WORKSPACE_NOT_FOUND'],
  summary: 'A presigned URL to upload a large file (up to 5 GiB) straight to S3',
  description: [
    'PUT exactly `size` bytes to `url` with `headers` within 15 minutes; S3 refuses any other length.',
    `${QUOTA} The bytes are reserved now: an upload that lands keeps them (the bucket's notification settles the reservation);`,
    'one that never comes gives them back when the path is next written, deleted or presigned through the API,',
    "or when the agent's files are listed after the URL's expiry plus an hour.",
    'Whatever lands is charged at its stored size, even after the path was changed through the API.',
    'A request presigning a path while another does answers 409 `CONCURRENT_MODIFICATION` and reserves nothing; send it again.',
    MOUNTS,
  ].join(' '),
  auth: 'user',
  scopes: ['write'],
  params: agentParams,
  body: uploadBody,
  idempotent: true,
  secretResponse: true,
  response: { status: 200, description: 'Where and how to upload', data: uploadData },
  access: { table: 'write', bucket: 'write' },
});

export const downloadAgentFile = route({
  method: 'GET',
  path: '/api/agents/{agent}/files/download',
  handler: 'agents/files/download',
  errors: ['AGENT_NOT_FOUND', 'FILE_NOT_FOUND', 'SERVICE_UNAVAILABLE', 'WORKSPACE_NOT_FOUND'],
  summary: 'Download a file: 302 to a presigned S3 URL valid for 5 minutes',
  description: [
    'The URL is in `Location` and in the body; it names the file for saving (`Content-Disposition: attachment`).',
    'A path with no file: 404 `FILE_NOT_FOUND`.',
    'Locally the URL points at the S3 stand-in.',
    MOUNTS,
  ].join(' '),
  auth: 'user',
  scopes: ['read'],
  params: agentParams,
  query: filePathQuery,
  response: { status: 302, description: 'Redirect to the file', data: downloadData },
  access: { table: 'read', bucket: 'read' },
});

export const deleteAgentFile = route({
  method: 'DELETE',
  path: '/api/agents/{agent}/files',
  handler: 'agents/files/delete',
  errors: [
    'AGENT_NOT_FOUND',
    'CONCURRENT_MODIFICATION',
    'FILE_NOT_FOUND',
    'GOVERNANCE_VIOLATION',
    'QUOTA_EXCEEDED',
    'SERVICE_UNAVAILABLE',
    'WORKSPACE_NOT_FOUND',
  ],
  summary: 'Delete a file; its bytes return to the workspace quota',
  description: `A path with no file: 404 \`FILE_NOT_FOUND\`. ${MOUNTS}`,
  auth: 'user',
  scopes: ['write'],
  params: agentParams,
  query: filePathQuery,
  response: { status: 200, description: 'Deleted', data: deletedFileData },
  access: { table: 'write', bucket: 'write' },
});

export const grantAgentFilesAccess = route({
  method: 'POST',
  path: '/api/agents/{agent}/access',
  handler: 'agents/files/access-grant',
  functionId: 'agents-access-credentials',
  errors: ['AGENT_NOT_FOUND', 'SERVICE_UNAVAILABLE', 'WORKSPACE_NOT_FOUND'],
  summary: "Short-lived direct access to the agent's files (the serverless form of SSH access)",
  description: [
    "Owners, workspace admins and agent admins only; a read-only agent's files are only ever granted for reading.",
    "Temporary AWS credentials from STS AssumeRole of the stack's agent-files role,",
    'with a session policy that allows listing and reading — and with `write`, uploading and deleting',
    "— only keys under the agent's `prefix`; they expire after `ttl_seconds` (STS's minimum is 900).",
    'Use them with any S3 client, at `endpoint` when it is set.',
    'The local runtime answers the same:',
    'its STS stand-in issues the session and its S3 stand-in holds every request signed with it to the session policy, as S3 does;',
    'it refuses multi-object delete (`DeleteObjects`) from such a session, which S3 would allow key by key.',
    'Writes made with direct access are charged all the same:',
    "the bucket reports every object created or removed, and the workspace's storage counter follows within seconds.",
    'An object that would take the workspace past its storage quota is removed,',
    'and a `file.rejected` event (reason `storage_quota`) is published.',
    "The folders the agent mounts are reached too, at their publishers' prefixes",
    '(`mounts`: read, and write for a folder mounted read-write in a `write` grant);',
    'STS takes a session policy of at most 2,048 characters, so mounts past it,',
    'and those whose path holds `*`, `?` or `$` (IAM patterns), are left out and named in `mounts_left_out`.',
  ].join(' '),
  auth: 'user',
  scopes: ['admin'],
  params: agentParams,
  body: accessBody,
  response: { status: 200, description: 'The access granted', data: accessData },
  access: { table: 'read', scopedAccess: 'assume' },
});

export const agentFileRoutes = [
  listAgentFiles,
  uploadAgentFile,
  createAgentFileUpload,
  downloadAgentFile,
  deleteAgentFile,
  grantAgentFilesAccess,
];
