import * as z from 'zod';
import type { ZodType } from 'zod';
import { AVATAR_MAX_BYTES } from '../../domain/agents/avatar';
import { route } from '../../shared/route';
import { agentRef } from './schemas';
import {
  autonomyData,
  avatarBody,
  avatarData,
  infoData,
  logsData,
  logsQuery,
  readOnlyData,
  settingsBody,
  settingsData,
  statsData,
  timeoutBody,
  timeoutData,
  toggleBody,
} from './subresource-schemas';

/**
 * An agent's sub-resources (API.md §2 "Agents"): its LLM settings, governance switches and timeout
 * (GET/PUT each; a PUT goes through `changeAgent`, so it honours `If-Match` and publishes
 * `agent.updated`), a read-only summary, its log, its execution statistics and its avatar.
 */

const agentParams = z.strictObject({ agent: agentRef });
const reader = { auth: 'user' as const, scopes: ['read' as const], params: agentParams, access: { table: 'read' as const } };

/** A setting's GET and PUT: the PUT answers what the GET does, with the new version as `ETag`. */
const settingRoutes = <B extends ZodType>(path: string, what: string, rule: string, body: B, data: ZodType) =>
  [
    route({
      ...reader,
      method: 'GET',
      path: `/api/agents/{agent}/${path}`,
      handler: `agents/${path}/get`,
      errors: ['AGENT_NOT_FOUND', 'WORKSPACE_NOT_FOUND'],
      summary: `The agent's ${what}`,
      description: rule,
      response: { status: 200, description: `The agent's ${what}`, data },
    }),
    route({
      method: 'PUT',
      path: `/api/agents/{agent}/${path}`,
      handler: `agents/${path}/put`,
      summary: `Change the agent's ${what}`,
      description: `${rule} Publishes \`agent.updated\` and adds a line to the agent's log; \`If-Match\` → 412 when stale.`,
      auth: 'user',
      scopes: ['write'],
      params: agentParams,
      body,
      errors: [
        'AGENT_NOT_FOUND',
        'INTEGRATION_NOT_FOUND',
        'INVALID_TRANSITION',
        'MODEL_NOT_ALLOWED',
        'NAME_TAKEN',
        'SERVICE_UNAVAILABLE',
        'VERSION_CONFLICT',
        'WORKSPACE_NOT_FOUND',
      ],
      response: { status: 200, description: `The agent's ${what}, changed`, data },
      access: { table: 'write' },
    }),
  ] as const;

export const [getSettings, putSettings] = settingRoutes(
  'settings',
  'LLM settings',
  'Provider, model, temperature and max tokens (the last two stored in `configuration`); ' +
    'PUT changes the fields it names, `null` removes a temperature or token override; ' +
    "a model outside the tier's allow-list answers 422 MODEL_NOT_ALLOWED listing the allowed ids.",
  settingsBody,
  settingsData,
);
export const [getAutonomy, putAutonomy] = settingRoutes(
  'autonomy',
  'autonomy switch',
  'With `enabled: false` (the default) create and high-risk steps wait in `awaiting_approval`. ' +
    'Turning it on needs a workspace owner or admin (API keys: `admin` scope), else 403.',
  toggleBody,
  autonomyData,
);
export const [getReadOnly, putReadOnly] = settingRoutes(
  'read-only',
  'read-only switch',
  'With `enabled: true` the agent may use only read and analyze tools, ' +
    'and its egress steps (`http.get`, plugin HTTPS tools) wait for approval. ' +
    'Turning it off needs a workspace owner or admin (API keys: `admin` scope), else 403.',
  toggleBody,
  readOnlyData,
);
export const [getTimeout, putTimeout] = settingRoutes(
  'timeout',
  'execution timeout',
  'Seconds an execution may run before it is `timed_out`: 10–3600, default 300.',
  timeoutBody,
  timeoutData,
);

export const getAgentInfo = route({
  ...reader,
  method: 'GET',
  path: '/api/agents/{agent}/info',
  handler: 'agents/info/get',
  errors: ['AGENT_NOT_FOUND', 'WORKSPACE_NOT_FOUND'],
  summary: 'What the agent is and how it runs: template, capabilities, runtime, resources, LLM, maturity',
  response: { status: 200, description: 'The summary', data: infoData },
});

export const listAgentLogs = route({
  ...reader,
  method: 'GET',
  path: '/api/agents/{agent}/logs',
  handler: 'agents/logs/list',
  errors: ['AGENT_NOT_FOUND', 'WORKSPACE_NOT_FOUND'],
  query: logsQuery,
  summary: "The agent's most recent log lines, oldest first",
  description: 'One line per lifecycle or change event of the agent (and, with executions, per run), kept 30 days.',
  response: { status: 200, description: 'Log lines', data: logsData },
});

export const getAgentStats = route({
  ...reader,
  method: 'GET',
  path: '/api/agents/{agent}/stats',
  handler: 'agents/stats/get',
  errors: ['AGENT_NOT_FOUND', 'WORKSPACE_NOT_FOUND'],
  summary: "The agent's execution statistics: counts, success rate, tokens, cost, duration p50/p95",
  description: 'Read from one aggregate the executions update as they finish; zeros and nulls before the first run.',
  response: { status: 200, description: 'Statistics', data: statsData },
});

/** Base64 carries three bytes in four characters; the rest is room for the JSON around it and a data-URL prefix. */
export const AVATAR_BODY_LIMIT = Math.ceil(AVATAR_MAX_BYTES / 3) * 4 + 8 * 1024;

export const uploadAgentAvatar = route({
  method: 'POST',
  path: '/api/agents/{agent}/avatar',
  handler: 'agents/avatar/upload',
  errors: [
    'AGENT_NOT_FOUND',
    'INTEGRATION_NOT_FOUND',
    'MODEL_NOT_ALLOWED',
    'NAME_TAKEN',
    'SERVICE_UNAVAILABLE',
    'VERSION_CONFLICT',
    'WORKSPACE_NOT_FOUND',
  ],
  summary: "Set the agent's avatar: PNG, JPEG, GIF or WebP, at most 2 MiB",
  description: [
    "The type is read from the image's first bytes (anything else: 400 on `avatar_base64`);",
    '`avatar_filename` is informational and its extension is not checked.',
    'Over 2 MiB decoded: 413.',
    "The image is stored in the files bucket under the agent's prefix, named by its SHA-256;",
    "the agent's `avatar_url` then names `GET /api/agents/{agent}/avatar`, which redirects to it.",
    'Publishes `agent.updated`.',
  ].join(' '),
  auth: 'user',
  scopes: ['write'],
  params: agentParams,
  body: avatarBody,
  bodyLimit: AVATAR_BODY_LIMIT,
  response: { status: 200, description: 'The stored avatar', data: avatarData },
  access: { table: 'write', bucket: 'write' },
});

export const getAgentAvatarLink = route({
  ...reader,
  method: 'GET',
  path: '/api/agents/{agent}/avatar',
  handler: 'agents/avatar/get',
  errors: ['AGENT_NOT_FOUND', 'AVATAR_NOT_FOUND', 'WORKSPACE_NOT_FOUND'],
  summary: "The agent's avatar: a redirect to a short-lived link to the image",
  description: [
    'Answers 302 with `Location` set to a presigned GET of the stored image, valid for 5 minutes (the body repeats it);',
    'an agent without an avatar answers 404 AVATAR_NOT_FOUND.',
    "This is the route an agent's `avatar_url` names.",
  ].join(' '),
  response: {
    status: 302,
    description: 'Redirect to the image',
    data: z.object({
      avatar: z.object({
        agent_id: z.string(),
        url: z.string().describe('Presigned GET of the image, the same as `Location`; for an avatar set as a URL, that URL'),
        expires_at: z.string().nullable().describe('When the link stops working; null for an avatar set as a URL'),
      }),
    }),
  },
  access: { table: 'read', bucket: 'read' },
});

export const agentSubresourceRoutes = [
  getSettings,
  putSettings,
  getAutonomy,
  putAutonomy,
  getReadOnly,
  putReadOnly,
  getTimeout,
  putTimeout,
  getAgentInfo,
  listAgentLogs,
  getAgentStats,
  uploadAgentAvatar,
  getAgentAvatarLink,
];
