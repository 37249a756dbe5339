import { type RouteDefinition, routeDomain, routeId } from '../../lambdas/shared/route';

const groupBy = <T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> => {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
};

/** Routes by domain: one nested stack each. */
export const routesByDomain = (routes: readonly RouteDefinition[]): Map<string, RouteDefinition[]> => groupBy(routes, routeDomain);

/**
 * Routes by handler module: one function each, serving every method that names it (PUT and PATCH
 * on one resource, say). They must declare the same access, since they share the function's role.
 */
export const routesByFunction = (routes: readonly RouteDefinition[]): Map<string, RouteDefinition[]> => {
  const groups = groupBy(routes, routeId);
  for (const [id, group] of groups) {
    // A moved handler's `functionId` could name another handler's function, which would then run only one of the two modules.
    const handlers = new Set(group.map((r) => r.handler));
    if (handlers.size > 1) {
      throw new Error(`function ${id} would serve different handlers (${[...handlers].join(', ')}); give each its own id`);
    }
    const accesses = new Set(group.map((r) => JSON.stringify(r.access)));
    if (accesses.size > 1) {
      throw new Error(`routes served by ${id} declare different access (${[...accesses].join(' vs ')}); make them declare the same`);
    }
  }
  return groups;
};
