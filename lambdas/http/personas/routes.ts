import * as z from 'zod';
import { paginationQuery, paginationSchema } from '../pagination';
import { route } from '../../shared/route';
import { createPersonaBody, PERSONA_IMMUTABLE, personaParams, personaSchema, replacePersonaBody, updatePersonaBody } from './schemas';

/**
 * Personas of the caller's current workspace (API.md §2 "Personas, plugins and context"): every
 * member reads them, owners and admins create, change and delete them. An agent adopts one with
 * `persona_id`; deleting one an agent uses answers 409 PERSONA_IN_USE naming the agents.
 */

const personaData = z.object({ persona: personaSchema });

export const listPersonas = route({
  method: 'GET',
  path: '/api/personas',
  handler: 'personas/list',
  errors: ['WORKSPACE_NOT_FOUND'],
  summary: "The current workspace's personas, oldest first",
  description: 'A caller with no workspace yet gets an empty list.',
  auth: 'user',
  scopes: ['read'],
  query: z.strictObject(paginationQuery),
  response: { status: 200, description: 'Personas', data: z.object({ personas: z.array(personaSchema), pagination: paginationSchema }) },
  access: { table: 'read' },
});

export const createPersona = route({
  method: 'POST',
  path: '/api/personas',
  handler: 'personas/create',
  errors: ['WORKSPACE_NOT_FOUND'],
  summary: 'Create a persona (owners and admins)',
  auth: 'user',
  scopes: ['write'],
  idempotent: true,
  body: createPersonaBody,
  response: { status: 201, description: 'Created', data: personaData },
  access: { table: 'write' },
});

export const getPersona = route({
  method: 'GET',
  path: '/api/personas/{persona}',
  handler: 'personas/get',
  errors: ['WORKSPACE_NOT_FOUND'],
  summary: 'A persona of the current workspace',
  auth: 'user',
  scopes: ['read'],
  params: personaParams,
  response: { status: 200, description: 'The persona', data: personaData },
  access: { table: 'read' },
});

export const updatePersona = route({
  method: 'PATCH',
  path: '/api/personas/{persona}',
  handler: 'personas/update',
  errors: ['VERSION_CONFLICT', 'WORKSPACE_NOT_FOUND'],
  summary: 'Change a persona (owners and admins)',
  description: [
    'Absent fields stay, `description: null` clears it.',
    '`If-Match` → 412 when stale.',
    'Agents using the persona see the change in their next assembled context.',
  ].join(' '),
  auth: 'user',
  scopes: ['write'],
  params: personaParams,
  body: updatePersonaBody,
  immutableFields: PERSONA_IMMUTABLE,
  response: { status: 200, description: 'The updated persona', data: personaData },
  access: { table: 'write' },
});

export const replacePersona = route({
  method: 'PUT',
  path: '/api/personas/{persona}',
  handler: 'personas/replace',
  errors: ['VERSION_CONFLICT', 'WORKSPACE_NOT_FOUND'],
  summary: 'Replace a persona (owners and admins)',
  description: [
    'Full replace:',
    '`name` and `system_prompt` are required, and a `description` left out is cleared.',
    '`If-Match` → 412 when stale.',
    'Agents using the persona see the change in their next assembled context.',
  ].join(' '),
  auth: 'user',
  scopes: ['write'],
  params: personaParams,
  body: replacePersonaBody,
  immutableFields: PERSONA_IMMUTABLE,
  response: { status: 200, description: 'The replaced persona', data: personaData },
  access: { table: 'write' },
});

export const deletePersona = route({
  method: 'DELETE',
  path: '/api/personas/{persona}',
  handler: 'personas/delete',
  errors: ['PERSONA_IN_USE', 'SERVICE_UNAVAILABLE', 'VERSION_CONFLICT', 'WORKSPACE_NOT_FOUND'],
  summary: 'Delete a persona no agent uses (owners and admins)',
  description: 'Refused with 409 PERSONA_IN_USE, naming the agents (up to 20), while an agent of the workspace has it as `persona_id`.',
  auth: 'user',
  scopes: ['write'],
  params: personaParams,
  response: { status: 200, description: 'Deleted', data: z.object({ deleted: z.literal(true), persona_id: z.string() }) },
  access: { table: 'write' },
});

export const personaRoutes = [listPersonas, createPersona, getPersona, updatePersona, replacePersona, deletePersona];
