import { z } from 'zod';
import type { PluginManifest } from './model';

/**
 * The operator's registry of Lambda functions plugin tools may run on, by plugin name (API10): a
 * plugin can name only functions registered to it, never another plugin's or an arbitrary one in
 * the account. Checked when a version is registered and again before every call.
 */

export type ToolFunctionRegistry = ReadonlyMap<string, ReadonlySet<string>>;

const registrySchema = z.record(z.string().min(1), z.array(z.string().startsWith('arn:')));

export const parseToolFunctionRegistry = (json: string | undefined): ToolFunctionRegistry =>
  new Map(Object.entries(json ? registrySchema.parse(JSON.parse(json)) : {}).map(([plugin, arns]) => [plugin, new Set(arns)]));

export const isRegisteredToolFunction = (registry: ToolFunctionRegistry, pluginName: string, arn: string): boolean =>
  registry.get(pluginName)?.has(arn) ?? false;

/** The bundle problems of a manifest whose tools name functions not registered to it. */
export const unregisteredToolFunctions = (manifest: Pick<PluginManifest, 'name' | 'tools'>, registry: ToolFunctionRegistry) =>
  manifest.tools.flatMap((tool, i) =>
    tool.endpoint?.startsWith('arn:') && !isRegisteredToolFunction(registry, manifest.name, tool.endpoint)
      ? [{ field: `plugin.json:tools[${i}].endpoint`, issue: `the Lambda function is not registered to plugin "${manifest.name}"; the platform's operator registers the functions a plugin may run on` }]
      : [],
  );
