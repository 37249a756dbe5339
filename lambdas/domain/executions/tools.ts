import type { ContextTool } from '../context/model';
import type { Risk } from '../governance';

/**
 * The tools an execution may offer its model: the built-ins every agent has, then the tools of
 * its assigned plugins (from the assembled context). Each declares a risk that governance
 * weighs before every call; a plugin tool also names where it runs (an HTTPS URL or a Lambda ARN).
 */

export interface ToolDefinition {
  name: string;
  description: string;
  input_schema: Record<string, unknown>;
  risk: Risk;
  /** Absent for built-ins. */
  plugin_id?: string;
  plugin_name?: string;
  plugin_version?: string;
  endpoint?: string;
}

export const BUILT_IN_TOOLS: readonly ToolDefinition[] = [
  {
    name: 'files.list',
    description: [
      "List the agent's files, one folder level at a time, or every file below a prefix with `recursive`:",
      'the first 100 by path, with `more` true when there are others (narrow the prefix to see them).',
    ].join(' '),
    input_schema: {
      type: 'object',
      properties: { prefix: { type: 'string', maxLength: 1024 }, recursive: { type: 'boolean' } },
      additionalProperties: false,
    },
    risk: 'read',
  },
  {
    name: 'files.read',
    description: "Read one of the agent's files as text.",
    input_schema: {
      type: 'object',
      properties: { path: { type: 'string', minLength: 1, maxLength: 1024 } },
      required: ['path'],
      additionalProperties: false,
    },
    risk: 'read',
  },
  {
    name: 'files.write',
    description: "Create or replace one of the agent's files with the given text.",
    input_schema: {
      type: 'object',
      properties: { path: { type: 'string', minLength: 1, maxLength: 1024 }, content: { type: 'string' } },
      required: ['path', 'content'],
      additionalProperties: false,
    },
    risk: 'create',
  },
  {
    name: 'http.get',
    description: 'Fetch a public web page or API over HTTPS and read its body as text.',
    input_schema: {
      type: 'object',
      properties: { url: { type: 'string', minLength: 1, maxLength: 2048 } },
      required: ['url'],
      additionalProperties: false,
    },
    risk: 'egress',
  },
];

/** What the assembled context says of a plugin tool. */
export type { ContextTool };

export const toolCatalog = (pluginTools: readonly ContextTool[]): ToolDefinition[] => {
  const builtIn = new Set(BUILT_IN_TOOLS.map((t) => t.name));
  return [...BUILT_IN_TOOLS, ...pluginTools.filter((t) => !builtIn.has(t.name)).map((t) => ({ ...t }))];
};
