import * as z from 'zod';
import { paginationQuery, paginationSchema } from '../pagination';
import { route } from '../../shared/route';
import { workspaceParams } from '../workspaces/schemas';
import { createIntegrationBody, INTEGRATION_IMMUTABLE, integrationParams, integrationSchema, updateIntegrationBody } from './schemas';

const integrationData = z.object({ integration: integrationSchema });

export const listIntegrations = route({
  method: 'GET',
  path: '/api/workspaces/{ws}/integrations',
  handler: 'integrations/list',
  errors: ['WORKSPACE_NOT_FOUND'],
  summary: "The workspace's model and storage integrations (never their credentials)",
  auth: 'user',
  scopes: ['read'],
  params: workspaceParams,
  query: z.strictObject(paginationQuery),
  response: {
    status: 200,
    description: 'Integrations',
    data: z.object({ integrations: z.array(integrationSchema), pagination: paginationSchema }),
  },
  access: { table: 'read' },
});

export const createIntegration = route({
  method: 'POST',
  path: '/api/workspaces/{ws}/integrations',
  handler: 'integrations/create',
  errors: ['WORKSPACE_NOT_FOUND'],
  summary: 'Connect a model or storage provider (owners and admins)',
  description: [
    "Credentials are encrypted with a data key of the integration's own (KMS envelope encryption) and never returned.",
    'At most one default per kind;',
    "new agents get the workspace's default of each kind (llm_integration_id, embedding_integration_id, storage_integration_id).",
  ].join(' '),
  auth: 'user',
  scopes: ['admin'],
  idempotent: true,
  params: workspaceParams,
  body: createIntegrationBody,
  response: { status: 201, description: 'Created', data: integrationData },
  access: { table: 'write', secrets: 'write' },
});

export const getIntegration = route({
  method: 'GET',
  path: '/api/workspaces/{ws}/integrations/{integration}',
  handler: 'integrations/get',
  errors: ['SERVICE_UNAVAILABLE', 'WORKSPACE_NOT_FOUND'],
  summary: 'One integration (never its credentials)',
  auth: 'user',
  scopes: ['read'],
  params: integrationParams,
  response: { status: 200, description: 'The integration', data: integrationData },
  access: { table: 'read' },
});

export const updateIntegration = route({
  method: 'PATCH',
  path: '/api/workspaces/{ws}/integrations/{integration}',
  handler: 'integrations/update',
  errors: ['SERVICE_UNAVAILABLE', 'VERSION_CONFLICT', 'WORKSPACE_NOT_FOUND'],
  summary: 'Rename, reconfigure, replace credentials or make it the default of its kind (owners and admins)',
  description: '`kind` cannot change (agents point at it by kind). Honours `If-Match`.',
  auth: 'user',
  scopes: ['admin'],
  params: integrationParams,
  body: updateIntegrationBody,
  immutableFields: INTEGRATION_IMMUTABLE,
  response: { status: 200, description: 'The updated integration', data: integrationData },
  access: { table: 'write', secrets: 'write' },
});

export const deleteIntegration = route({
  method: 'DELETE',
  path: '/api/workspaces/{ws}/integrations/{integration}',
  handler: 'integrations/delete',
  errors: ['INTEGRATION_IN_USE', 'SERVICE_UNAVAILABLE', 'WORKSPACE_NOT_FOUND'],
  summary: 'Remove an integration; refused (409 INTEGRATION_IN_USE) while agents use it',
  auth: 'user',
  scopes: ['admin'],
  params: integrationParams,
  response: { status: 200, description: 'Deleted', data: z.object({ deleted: z.literal(true), integration_id: z.string() }) },
  access: { table: 'write' },
});

export const integrationRoutes = [listIntegrations, createIntegration, getIntegration, updateIntegration, deleteIntegration];
