import type { ContextTool } from './tools';

/**
 * The prompt of a run, from the agent's assembled context (persona, system prompt, one summary per
 * plugin, the full skill and command docs within the token budget) and the request: the
 * instruction template, when the agent has one, shapes the task (`{{task}}`, `{{context.key}}`).
 */

/** The parts of the assembled context a prompt uses; tiers and skills are rendered whatever their shape. */
export interface PromptContext {
  persona_prompt: string | null;
  system_prompt: string | null;
  instruction_template: string | null;
  tier1: unknown;
  tier2: unknown;
  skills: unknown;
  tools: ContextTool[];
}

const render = (part: unknown): string => {
  if (part === null || part === undefined) return '';
  if (typeof part === 'string') return part;
  if (Array.isArray(part)) return part.map(render).filter(Boolean).join('\n\n');
  if (typeof part === 'object') {
    const record = part as Record<string, unknown>;
    // Context entries carry their text under one of these names; anything else is shown as data.
    const text = ['content', 'text', 'summary', 'description', 'body'].map((k) => record[k]).find((v) => typeof v === 'string');
    const title = ['name', 'title', 'plugin_id'].map((k) => record[k]).find((v) => typeof v === 'string');
    if (typeof text === 'string') return title ? `## ${String(title)}\n${text}` : text;
    return JSON.stringify(part);
  }
  return String(part);
};

export const systemPromptOf = (context: PromptContext): string =>
  [context.persona_prompt, context.system_prompt, render(context.tier1), render(context.tier2), render(context.skills)]
    .map((part) => (part ?? '').trim())
    .filter(Boolean)
    .join('\n\n');

const lookup = (context: Record<string, unknown> | null, path: string): string => {
  let value: unknown = context;
  for (const key of path.split('.')) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  return value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);
};

export const userMessageOf = (template: string | null, task: string, context: Record<string, unknown> | null): string => {
  if (template) {
    return template
      .replace(/\{\{\s*task\s*\}\}/g, task)
      .replace(/\{\{\s*context\.([\w.]+)\s*\}\}/g, (_, path: string) => lookup(context, path));
  }
  return context && Object.keys(context).length > 0 ? `${task}\n\nContext:\n${JSON.stringify(context, null, 2)}` : task;
};
