import * as z from 'zod';
import { paginationSchema } from '../pagination';
import { route } from '../../shared/route';
import {
  createPluginBody,
  createUploadBody,
  marketplaceQuery,
  pluginParams,
  pluginSchema,
  registerVersionBody,
  uploadSchema,
  versionListingSchema,
  versionSchema,
} from './schemas';

/**
 * The plugin marketplace (API.md §2): publishing (a plugin, then presigned bundle uploads and
 * their registration as versions) and browsing. Plugins are global: every workspace sees a plugin
 * once its first version is registered; only the publishing workspace adds versions.
 */

export const createPlugin = route({
  method: 'POST',
  path: '/api/plugins',
  handler: 'plugins/create',
  errors: ['NAME_TAKEN', 'WORKSPACE_NOT_FOUND'],
  summary: 'Create a plugin and get a presigned URL to upload its first bundle (owners and admins)',
  description: [
    'Names are unique across the platform (409 NAME_TAKEN).',
    'PUT the bundle (zip or .tar.gz, exactly `size` bytes, at most 10 MiB)',
    'to `upload.url` before it expires, then register it with POST /api/plugins/{plugin}/versions.',
  ].join(' '),
  auth: 'user',
  scopes: ['admin'],
  idempotent: true,
  secretResponse: true,
  body: createPluginBody,
  response: { status: 201, description: 'Created', data: z.object({ plugin: pluginSchema, upload: uploadSchema }) },
  access: { table: 'write', bucket: 'write' },
});

export const createUpload = route({
  method: 'POST',
  path: '/api/plugins/{plugin}/uploads',
  handler: 'plugins/uploads-create',
  errors: ['PLUGIN_NOT_FOUND', 'WORKSPACE_NOT_FOUND'],
  summary: "A presigned URL to upload another bundle of the caller's plugin",
  description: 'Only the publishing workspace (others: 403). The URL accepts exactly `size` bytes.',
  auth: 'user',
  scopes: ['admin'],
  params: pluginParams,
  body: createUploadBody,
  response: { status: 201, description: 'Upload URL', data: z.object({ upload: uploadSchema }) },
  access: { table: 'read', bucket: 'write' },
});

export const registerVersion = route({
  method: 'POST',
  path: '/api/plugins/{plugin}/versions',
  handler: 'plugins/versions-register',
  errors: ['CONCURRENT_MODIFICATION', 'INVALID_BUNDLE', 'PLUGIN_NOT_FOUND', 'UPLOAD_NOT_FOUND', 'VERSION_EXISTS', 'WORKSPACE_NOT_FOUND'],
  summary: 'Register an uploaded bundle as a new version',
  description: [
    'Reads and validates the bundle: plugin.json (name, semver version greater than the latest, description,',
    'skills and commands with their markdown documents, tools with a JSON Schema `input_schema`, a `risk` and an optional',
    '`endpoint` — an https URL, or a Lambda function ARN that the operator registered to this plugin',
    '(environment config `pluginToolFunctions`; checked again before every call) — `requires`, `requires_credentials`),',
    'no unsafe paths or links, at most 1,000 entries and 50 MiB uncompressed.',
    'Every problem is listed in a 422 INVALID_BUNDLE; a version already registered answers 409 VERSION_EXISTS.',
  ].join(' '),
  auth: 'user',
  scopes: ['admin'],
  idempotent: true,
  params: pluginParams,
  body: registerVersionBody,
  response: { status: 201, description: 'Registered', data: z.object({ version: versionSchema, plugin: pluginSchema }) },
  access: { table: 'write', bucket: 'read' },
});

export const listPlugins = route({
  method: 'GET',
  path: '/api/plugins',
  handler: 'plugins/list',
  summary: 'The marketplace: published plugins with their latest version, by name',
  auth: 'user',
  scopes: ['read'],
  query: marketplaceQuery,
  response: { status: 200, description: 'Plugins', data: z.object({ plugins: z.array(pluginSchema), pagination: paginationSchema }) },
  access: { table: 'read' },
});

export const getPlugin = route({
  method: 'GET',
  path: '/api/plugins/{plugin}',
  handler: 'plugins/get',
  errors: ['PLUGIN_NOT_FOUND'],
  summary: 'A plugin with its versions, newest first',
  description: 'An unpublished plugin is visible to its publishing workspace only.',
  auth: 'user',
  scopes: ['read'],
  params: pluginParams,
  response: {
    status: 200,
    description: 'The plugin',
    data: z.object({ plugin: pluginSchema.extend({ versions: z.array(versionListingSchema) }) }),
  },
  access: { table: 'read' },
});

export const pluginRoutes = [createPlugin, createUpload, registerVersion, listPlugins, getPlugin];
