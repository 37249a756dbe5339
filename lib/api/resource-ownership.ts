import { type RouteDefinition, routeDomain } from '../../lambdas/shared/route';

/** Resources on the path of more than one domain's routes belong to the parent stack. */
export const SHARED = 'shared';

/** `/api/agents/{agent}` → `['/api', '/api/agents', '/api/agents/{agent}']`. */
export const pathPrefixes = (path: string): string[] => {
  const parts = path.split('/').filter(Boolean);
  return parts.map((_, i) => `/${parts.slice(0, i + 1).join('/')}`);
};

/** `/api/agents/{agent}` → `/api/agents`; a top-level path → `/` (the API's root). */
export const parentPath = (path: string): string => path.slice(0, path.lastIndexOf('/')) || '/';

/**
 * Which stack creates each API Gateway resource (path part). API Gateway refuses two resources
 * with the same path, so `/api` (under every domain) or `/api/agents/{agent}` (under agents,
 * executions, files…) must be created once, in the parent, and imported by the nested stacks;
 * a path only one domain uses is created in that domain's nested stack. Parents of a shared
 * path are shared too, so a nested stack only ever adds children below what it imports.
 */
export const resourceOwners = (routes: readonly Pick<RouteDefinition, 'path' | 'handler'>[]): Map<string, string> => {
  const domainsByPath = new Map<string, Set<string>>();
  for (const route of routes) {
    for (const path of pathPrefixes(route.path)) {
      const domains = domainsByPath.get(path) ?? new Set<string>();
      domains.add(routeDomain(route));
      domainsByPath.set(path, domains);
    }
  }
  return new Map([...domainsByPath].map(([path, domains]) => [path, domains.size > 1 ? SHARED : ([...domains][0] ?? SHARED)]));
};

/** Paths that carry at least one method, and so need a CORS preflight. */
export const methodPaths = (routes: readonly Pick<RouteDefinition, 'path'>[]): Set<string> => new Set(routes.map((r) => r.path));
