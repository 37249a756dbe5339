import * as z from 'zod';
import { MAX_CREDENTIALS } from '../../domain/secrets/credentials';
import { route } from '../../shared/route';
import { agentParams, credentialParams, credentialsData, exportBody, importBody, injectBody } from './schemas';

/**
 * An agent's credentials (API.md §2 Agents, credentials rows): write-only secrets its providers and
 * tools use. Owners, workspace admins and agent admins only. Values are sealed with a data key of the
 * agent's own (KMS envelope encryption) and never returned or logged; only names and fingerprints are.
 */

const manager = { auth: 'user' as const, params: agentParams };
// Values sit sealed in the files bucket; the table item says which object is current.
const sealedStore = { table: 'write', bucket: 'write', secrets: 'write' } as const;

export const injectCredentials = route({
  ...manager,
  method: 'POST',
  path: '/api/agents/{agent}/credentials/inject',
  handler: 'credentials/inject',
  errors: [
    'AGENT_NOT_FOUND',
    'CONCURRENT_MODIFICATION',
    'CREDENTIAL_NOT_FOUND',
    'QUOTA_EXCEEDED',
    'SERVICE_UNAVAILABLE',
    'WORKSPACE_NOT_FOUND',
  ],
  summary: 'Add or replace credentials',
  scopes: ['write'],
  body: injectBody,
  bodyLimit: 2 * 1024 * 1024,
  description: [
    `Names \`^[A-Z][A-Z0-9_]{0,63}$\`, values ≤ 16 KiB, at most ${MAX_CREDENTIALS} per agent (403 QUOTA_EXCEEDED beyond).`,
    'Answers the status.',
  ].join(' '),
  response: { status: 200, description: 'The credentials now held (names only)', data: credentialsData },
  access: sealedStore,
});

export const credentialStatus = route({
  ...manager,
  method: 'GET',
  path: '/api/agents/{agent}/credentials/status',
  handler: 'credentials/status',
  errors: ['AGENT_NOT_FOUND', 'WORKSPACE_NOT_FOUND'],
  summary: 'Names, last change and fingerprint of each credential; never values',
  scopes: ['read'],
  response: { status: 200, description: 'The credentials held', data: credentialsData },
  access: { table: 'read' },
});

export const removeCredential = route({
  method: 'DELETE',
  path: '/api/agents/{agent}/credentials/{name}',
  handler: 'credentials/remove',
  errors: [
    'AGENT_NOT_FOUND',
    'CONCURRENT_MODIFICATION',
    'CREDENTIAL_NOT_FOUND',
    'QUOTA_EXCEEDED',
    'SERVICE_UNAVAILABLE',
    'WORKSPACE_NOT_FOUND',
  ],
  auth: 'user',
  params: credentialParams,
  summary: 'Remove one credential',
  scopes: ['write'],
  response: { status: 200, description: 'Removed', data: z.object({ deleted: z.literal(true), name: z.string() }) },
  access: sealedStore,
});

export const exportCredentials = route({
  ...manager,
  method: 'POST',
  path: '/api/agents/{agent}/credentials/export',
  handler: 'credentials/export',
  errors: ['AGENT_NOT_FOUND', 'WORKSPACE_NOT_FOUND'],
  summary: 'A passphrase-protected bundle of every credential, for import into another agent or deployment',
  scopes: ['admin'],
  body: exportBody,
  description: [
    'Format `agent-platform/credentials` version 1: scrypt (N=2^17, r=8, p=1;',
    'imports accept N from 2^15 to 2^17 and nothing costlier) derives an AES-256-GCM key;',
    'base64 of JSON.',
  ].join(' '),
  response: {
    status: 200,
    description: 'The bundle',
    data: z.object({
      bundle: z.string(),
      format: z.string(),
      version: z.number().int(),
      credentials: z.array(z.string()).describe('The names it holds'),
    }),
  },
  access: { table: 'read', bucket: 'read', secrets: 'read' },
});

export const importCredentials = route({
  ...manager,
  method: 'POST',
  path: '/api/agents/{agent}/credentials/import',
  handler: 'credentials/import',
  errors: [
    'AGENT_NOT_FOUND',
    'CONCURRENT_MODIFICATION',
    'CREDENTIAL_NOT_FOUND',
    'INVALID_BUNDLE',
    'QUOTA_EXCEEDED',
    'SERVICE_UNAVAILABLE',
    'WORKSPACE_NOT_FOUND',
  ],
  summary: 'Import an exported bundle (merge or replace)',
  scopes: ['write'],
  body: importBody,
  bodyLimit: 5 * 1024 * 1024,
  description: 'A wrong passphrase or an altered bundle answers 422 INVALID_BUNDLE and writes nothing.',
  response: { status: 200, description: 'The credentials now held (names only)', data: credentialsData },
  access: sealedStore,
});

export const credentialRoutes = [injectCredentials, credentialStatus, removeCredential, exportCredentials, importCredentials];
