import * as z from 'zod';
import { BUILT_IN_TEMPLATES } from '../../domain/agents/templates';
import { paginationQuery, paginationSchema } from '../pagination';
import { route } from '../../shared/route';
import { createTemplateBody, putTemplateBody, templateParams, templateSchema } from './schemas';

/**
 * Agent templates of the caller's current workspace (API.md "Agent templates"): the built-in ones
 * and the workspace's own. Every member reads them; owners and admins (API keys: `admin` scope)
 * create, replace and delete the workspace's own. `template` on `POST /api/agents` names one.
 */

const BUILT_IN = Object.keys(BUILT_IN_TEMPLATES)
  .map((t) => `\`${t}\``)
  .join(', ');
const templateData = z.object({ template: templateSchema });

export const listAgentTemplates = route({
  method: 'GET',
  path: '/api/agent-templates',
  handler: 'agent-templates/list',
  errors: ['WORKSPACE_NOT_FOUND'],
  summary: "The built-in agent templates and the current workspace's own, by name",
  description: [
    `Built in: ${BUILT_IN}.`,
    "The workspace's templates are read whole (a workspace keeps a handful) and paged with the built-in ones.",
    'A caller with no workspace yet gets the built-in ones.',
  ].join(' '),
  auth: 'user',
  scopes: ['read'],
  query: z.strictObject(paginationQuery),
  response: { status: 200, description: 'Templates', data: z.object({ templates: z.array(templateSchema), pagination: paginationSchema }) },
  access: { table: 'read' },
});

export const createAgentTemplate = route({
  method: 'POST',
  path: '/api/agent-templates',
  handler: 'agent-templates/create',
  errors: ['NAME_TAKEN', 'WORKSPACE_NOT_FOUND'],
  summary: 'Create a template of the current workspace (owners and admins)',
  description: [
    'As `PUT /api/agent-templates/{template}` with the name in the body,',
    'but only when the workspace has no template by that name: 409 NAME_TAKEN otherwise.',
    `The built-in names (${BUILT_IN}) are reserved: 403 FORBIDDEN.`,
  ].join(' '),
  auth: 'user',
  scopes: ['admin'],
  idempotent: true,
  body: createTemplateBody,
  response: { status: 201, description: 'Created', data: templateData },
  access: { table: 'write' },
});

export const getAgentTemplate = route({
  method: 'GET',
  path: '/api/agent-templates/{template}',
  handler: 'agent-templates/get',
  errors: ['WORKSPACE_NOT_FOUND'],
  summary: "A built-in template or one of the current workspace's",
  description: '404 NOT_FOUND for a name that is neither (templates of other workspaces included).',
  auth: 'user',
  scopes: ['read'],
  params: templateParams,
  response: { status: 200, description: 'The template', data: templateData },
  access: { table: 'read' },
});

export const putAgentTemplate = route({
  method: 'PUT',
  path: '/api/agent-templates/{template}',
  handler: 'agent-templates/put',
  errors: ['WORKSPACE_NOT_FOUND'],
  summary: 'Create or replace a template of the current workspace (owners and admins)',
  description: [
    'Replaces the template whole and bumps its `version`; fields left out fill nothing.',
    `The built-in names (${BUILT_IN}) are reserved: 403 FORBIDDEN.`,
    'Agents already created from the template keep what it filled.',
  ].join(' '),
  auth: 'user',
  scopes: ['admin'],
  params: templateParams,
  body: putTemplateBody,
  response: { status: 200, description: 'The stored template', data: templateData },
  access: { table: 'write' },
});

export const deleteAgentTemplate = route({
  method: 'DELETE',
  path: '/api/agent-templates/{template}',
  handler: 'agent-templates/delete',
  errors: ['WORKSPACE_NOT_FOUND'],
  summary: 'Delete a template of the current workspace (owners and admins)',
  description: [
    'Built-in templates cannot be deleted: 403 FORBIDDEN. 404 NOT_FOUND when the workspace has none by that name.',
    'Agents created from it keep what it filled.',
  ].join(' '),
  auth: 'user',
  scopes: ['admin'],
  params: templateParams,
  response: { status: 200, description: 'Deleted', data: z.object({ deleted: z.literal(true), template: z.string() }) },
  access: { table: 'write' },
});

export const agentTemplateRoutes = [listAgentTemplates, createAgentTemplate, getAgentTemplate, putAgentTemplate, deleteAgentTemplate];
