import satisfies from 'semver/functions/satisfies';
import { Unprocessable } from '../errors';
import type { Requirement } from './model';

/**
 * Resolving `requires` when a plugin is enabled in a workspace (API.md: cycle check at enable time).
 * The graph holds the plugin being enabled, the workspace's enabled plugins at the versions they run
 * and, for cycle detection, required plugins not enabled yet at their latest version: a cycle can
 * never be satisfied one plugin at a time, so it is reported before anything missing.
 */

export interface PluginNode {
  name: string;
  plugin_id: string;
  /** Enabled: the version the workspace runs (pin or latest); otherwise the latest. */
  version: string;
  requires: Requirement[];
  enabled: boolean;
}

export interface MissingRequirement {
  name: string;
  range: string;
  required_by: string;
  reason: 'unknown' | 'not_enabled' | 'version_mismatch';
  /** The version enabled, when it does not satisfy the range. */
  enabled_version?: string;
}

export type RequirementCheck =
  | { ok: true }
  | { ok: false; code: 'PLUGIN_DEPENDENCY_CYCLE'; cycle: string[] }
  | { ok: false; code: 'PLUGIN_NOT_ENABLED'; missing: MissingRequirement[] };

/** The first cycle reachable from `start`, as a path that ends where it begins (`a → b → c → a`). */
export const findCycle = (start: PluginNode, graph: ReadonlyMap<string, PluginNode>): string[] | null => {
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (node: PluginNode): string[] | null => {
    const open = path.indexOf(node.name);
    if (open >= 0) return [...path.slice(open), node.name];
    if (done.has(node.name)) return null;
    path.push(node.name);
    for (const r of node.requires) {
      const next = graph.get(r.name);
      const cycle = next ? visit(next) : null;
      if (cycle) return cycle;
    }
    path.pop();
    done.add(node.name);
    return null;
  };
  return visit(start);
};

/** Every requirement on the way from `start` through enabled plugins that no enabled plugin satisfies. */
export const missingRequirements = (start: PluginNode, graph: ReadonlyMap<string, PluginNode>): MissingRequirement[] => {
  const missing: MissingRequirement[] = [];
  const seen = new Set<string>([start.name]);
  const queue = [start];
  for (let node = queue.shift(); node; node = queue.shift()) {
    for (const r of node.requires) {
      const dep = graph.get(r.name);
      const base = { name: r.name, range: r.version, required_by: node.name };
      if (!dep) missing.push({ ...base, reason: 'unknown' });
      else if (!dep.enabled) missing.push({ ...base, reason: 'not_enabled' });
      else if (!satisfies(dep.version, r.version, { includePrerelease: true }))
        missing.push({ ...base, reason: 'version_mismatch', enabled_version: dep.version });
      else if (!seen.has(dep.name)) {
        seen.add(dep.name);
        queue.push(dep);
      }
    }
  }
  return missing;
};

/** `target` is the plugin being enabled, at the version it will run; the graph's entry for its name is replaced by it. */
export const checkRequirements = (target: PluginNode, graph: ReadonlyMap<string, PluginNode>): RequirementCheck => {
  const withTarget = new Map(graph).set(target.name, { ...target, enabled: true });
  const cycle = findCycle(target, withTarget);
  if (cycle) return { ok: false, code: 'PLUGIN_DEPENDENCY_CYCLE', cycle };
  const missing = missingRequirements(target, withTarget);
  return missing.length > 0 ? { ok: false, code: 'PLUGIN_NOT_ENABLED', missing } : { ok: true };
};

const describeMissing = (m: MissingRequirement) =>
  m.reason === 'version_mismatch'
    ? `${m.required_by} requires ${m.name} ${m.range}, but version ${m.enabled_version} is enabled`
    : m.reason === 'unknown'
      ? `${m.required_by} requires ${m.name} ${m.range}, which is not a published plugin`
      : `${m.required_by} requires ${m.name} ${m.range}, which is not enabled in this workspace`;

/** 422 PLUGIN_DEPENDENCY_CYCLE with the cycle, or 422 PLUGIN_NOT_ENABLED naming every missing requirement. */
export const assertRequirementsMet = (target: PluginNode, graph: ReadonlyMap<string, PluginNode>): void => {
  const check = checkRequirements(target, graph);
  if (check.ok) return;
  if (check.code === 'PLUGIN_DEPENDENCY_CYCLE') {
    throw new Unprocessable(
      'PLUGIN_DEPENDENCY_CYCLE',
      `these plugins require each other in a cycle: ${check.cycle.join(' → ')}; ` +
        'none of them can be enabled until one drops its requirement',
      [{ field: 'requires', issue: 'cycle', cycle: check.cycle }],
    );
  }
  const [first] = check.missing;
  throw new Unprocessable(
    'PLUGIN_NOT_ENABLED',
    `${first ? describeMissing(first) : 'a requirement is missing'}; enable ${check.missing.map((m) => m.name).join(', ')} first`,
    check.missing.map((m) => ({
      field: 'requires',
      issue: m.reason,
      plugin: m.name,
      range: m.range,
      required_by: m.required_by,
      ...(m.enabled_version ? { enabled_version: m.enabled_version } : {}),
    })),
  );
};
