import type { RouteDefinition } from '../lambdas/shared/route';

/**
 * Resolves a request path to a route as API Gateway does: a literal segment wins over a
 * `{param}` at the same position (`/api/agents/context-stats` before `/api/agents/{agent}`).
 */

interface CompiledRoute {
  route: RouteDefinition;
  segments: string[];
}

export type Match =
  | { kind: 'route'; route: RouteDefinition; pathParameters: Record<string, string> }
  | { kind: 'method-not-allowed'; allowed: string[] }
  | { kind: 'not-found' };

const split = (path: string) => path.split('/').filter(Boolean);
const isParam = (segment: string) => segment.startsWith('{') && segment.endsWith('}');

export const compileRoutes = (routes: readonly RouteDefinition[]): CompiledRoute[] =>
  routes.map((route) => ({ route, segments: split(route.path) }));

const bindParameters = (pattern: string[], actual: string[]): Record<string, string> | null => {
  if (pattern.length !== actual.length) return null;
  const parameters: Record<string, string> = {};
  for (const [i, segment] of pattern.entries()) {
    const value = actual[i] as string;
    if (isParam(segment)) parameters[segment.slice(1, -1)] = decodeSegment(value);
    else if (segment !== value) return null;
  }
  return parameters;
};

const decodeSegment = (value: string): string => {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
};

/** Literal segments score before parameters, position by position. */
const specificity = (segments: string[]) => segments.map((s) => (isParam(s) ? '0' : '1')).join('');

export const matchRoute = (compiled: CompiledRoute[], method: string, path: string): Match => {
  const actual = split(path);
  const candidates = compiled
    .map((c) => ({ c, parameters: bindParameters(c.segments, actual) }))
    .filter((x): x is { c: CompiledRoute; parameters: Record<string, string> } => x.parameters !== null);
  if (candidates.length === 0) return { kind: 'not-found' };
  candidates.sort((a, b) => specificity(b.c.segments).localeCompare(specificity(a.c.segments)));
  const template = candidates[0]?.c.route.path;
  const onBestPath = candidates.filter((x) => x.c.route.path === template);
  const hit = onBestPath.find((x) => x.c.route.method === method);
  if (hit) return { kind: 'route', route: hit.c.route, pathParameters: hit.parameters };
  return { kind: 'method-not-allowed', allowed: [...new Set(onBestPath.map((x) => x.c.route.method))] };
};
