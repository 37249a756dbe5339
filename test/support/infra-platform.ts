import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { App, type CfnElement, type CfnResource, NestedStack, type Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { CloudAssembly } from 'aws-cdk-lib/cx-api';
import type { RouteDefinition } from '../../lambdas/shared/route';
import { routes as routeTable } from '../../lambdas/http/routes';
import type { EnvironmentConfig } from '../../lib/config/environment-config';
import { environmentConfig } from '../../lib/config/environments';
import { createPlatform, type Platform } from '../../lib/platform';
import cdkJson from '../../cdk.json';

export interface SynthesizedPlatform extends Platform {
  app: App;
  assembly: CloudAssembly;
  /** The nested route stacks, one per domain. */
  routeStacks: NestedStack[];
  /** Every finding of every validation plugin (cdk-nag, construct annotations) left unacknowledged. */
  violations: { rule: string; severity: string; paths: string[] }[];
}

interface ValidationReport {
  pluginReports: {
    pluginName: string;
    violations: { ruleName: string; severity: string; violatingConstructs: { constructPath: string }[] }[];
  }[];
}

/**
 * The platform exactly as `bin/app.ts` builds it (same context as cdk.json), synthesized in
 * memory. Template validation is off for speed (CI's `cdk synth` keeps it), and findings are
 * collected from the assembly's validation report instead of aborting the synth. Assets are not
 * staged: each synth would otherwise copy every function bundle (~250 MB) into a temporary
 * assembly that nothing removes; their hashes, and so the templates, are the same either way.
 */
export const synthPlatform = (
  configOrName: EnvironmentConfig | string,
  routes: readonly RouteDefinition[] = routeTable,
  /** Changes made to the constructed platform before it is synthesized. */
  amend?: (platform: Platform) => void,
): SynthesizedPlatform => {
  const config = typeof configOrName === 'string' ? environmentConfig(configOrName) : configOrName;
  const app = new App({
    context: {
      ...cdkJson.context,
      env: config.name,
      '@aws-cdk/core:failSynthOnValidationErrors': false,
      'aws:cdk:disable-asset-staging': true,
    },
    builtinCloudFormationValidation: false,
  });
  const platform = createPlatform(app, config, routes);
  amend?.(platform);
  const assembly = app.synth();
  const report = JSON.parse(readFileSync(join(assembly.directory, 'validation-report.json'), 'utf8')) as ValidationReport;
  return {
    ...platform,
    app,
    assembly,
    routeStacks: platform.api.node.findAll().filter((c): c is NestedStack => NestedStack.isNestedStack(c)),
    violations: report.pluginReports.flatMap((p) =>
      p.violations.map((v) => ({ rule: v.ruleName, severity: v.severity, paths: v.violatingConstructs.map((c) => c.constructPath) })),
    ),
  };
};

/** Synthesizes once per test file, on first use. */
export const lazily = <T>(make: () => T): (() => T) => {
  let value: T | undefined;
  return () => (value ??= make());
};

export const templateOf = (stack: Stack): Template => Template.fromStack(stack);

/** A resource's properties as synthesized, by the construct that made it. */
export const resourceProps = (cfnResource: CfnElement): Record<string, unknown> => {
  const { stack } = cfnResource;
  const resources = templateOf(stack).toJSON().Resources as Record<string, { Properties: Record<string, unknown> }>;
  const resolvedId = stack.resolve(cfnResource.logicalId) as string;
  const resource = resources[resolvedId];
  if (!resource) throw new Error(`no resource ${resolvedId} in ${stack.node.path}`);
  return resource.Properties;
};

/** The literal environment variables a synthesized platform gives a route function (references left out). */
export const routeEnvironment = (platform: SynthesizedPlatform, functionId: string): Record<string, string> => {
  const stacks: Stack[] = [platform.api, ...platform.routeStacks];
  const owner = stacks.find((s) => s.node.tryFindChild(functionId));
  if (!owner) throw new Error(`no function ${functionId}`);
  const props = resourceProps(owner.node.findChild(functionId).node.findChild('Function').node.defaultChild as CfnResource);
  const variables = (props.Environment as { Variables: Record<string, unknown> }).Variables;
  return Object.fromEntries(Object.entries(variables).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
};

/** Loads the lambdas' modules afresh as a function with this environment would. */
export const asDeployed = async <T>(environment: Record<string, string>, load: () => Promise<T>): Promise<T> => {
  const saved = { ...process.env };
  Object.assign(process.env, environment);
  try {
    let loaded: T | undefined;
    await jest.isolateModulesAsync(async () => {
      loaded = await load();
    });
    return loaded as T;
  } finally {
    process.env = saved;
  }
};
