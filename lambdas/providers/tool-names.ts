import type { ToolSpec } from './model-provider';

/**
 * Bedrock and OpenAI accept tool names matching `^[a-zA-Z0-9_-]{1,64}$`; the platform's names
 * carry dots (`files.read`). Each request gets a two-way map, so a name that clashes once
 * sanitized still comes back as the tool it was.
 */
export interface ToolNameMap {
  wire: (name: string) => string;
  platform: (wireName: string) => string;
}

export const toolNameMap = (tools: readonly ToolSpec[]): ToolNameMap => {
  const toWire = new Map<string, string>();
  const toPlatform = new Map<string, string>();
  for (const tool of tools) {
    const base = tool.name.replace(/[^a-zA-Z0-9_-]/g, '_').slice(0, 60) || 'tool';
    let candidate = base;
    for (let n = 2; toPlatform.has(candidate); n += 1) candidate = `${base}_${n}`;
    toWire.set(tool.name, candidate);
    toPlatform.set(candidate, tool.name);
  }
  return {
    wire: (name) => toWire.get(name) ?? name,
    platform: (wireName) => toPlatform.get(wireName) ?? wireName,
  };
};
