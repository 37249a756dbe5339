import type { PluginManifest } from './model';

/**
 * The operator's registry of Lambda functions plugin tools may run on, by plugin name (API10): a
 * plugin can name only functions registered to it, never another plugin's or an arbitrary one in
 * the account. Checked when a version is registered and again before every call.
 */

export type ToolFunctionRegistry = ReadonlyMap<string, ReadonlySet<string>>;

const isArnList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((arn) => typeof arn === 'string' && arn.startsWith('arn:'));

/** Checked by hand rather than with zod: the tool-calling function loads it, and stays small without zod. */
export const parseToolFunctionRegistry = (json: string | undefined): ToolFunctionRegistry => {
  const parsed: unknown = json ? JSON.parse(json) : {};
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new Error('the plugin tool function registry must be a JSON object');
  return new Map(
    Object.entries(parsed).map(([plugin, arns]) => {
      if (!plugin || !isArnList(arns))
        throw new Error(`the plugin tool function registry's entry "${plugin}" must be a list of function ARNs`);
      return [plugin, new Set(arns)];
    }),
  );
};

export const isRegisteredToolFunction = (registry: ToolFunctionRegistry, pluginName: string, arn: string): boolean =>
  registry.get(pluginName)?.has(arn) ?? false;

/** The bundle problems of a manifest whose tools name functions not registered to it. */
export const unregisteredToolFunctions = (manifest: Pick<PluginManifest, 'name' | 'tools'>, registry: ToolFunctionRegistry) =>
  manifest.tools.flatMap((tool, i) =>
    tool.endpoint?.startsWith('arn:') && !isRegisteredToolFunction(registry, manifest.name, tool.endpoint)
      ? [
          {
            field: `plugin.json:tools[${i}].endpoint`,
            issue:
              `the Lambda function is not registered to plugin "${manifest.name}"; ` +
              "the platform's operator registers the functions a plugin may run on",
          },
        ]
      : [],
  );
