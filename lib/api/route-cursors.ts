import type { ZodType } from 'zod';
import type { Access, RouteDefinition } from '../../lambdas/shared/route';

type Inspectable = { shape?: Record<string, unknown>; _def?: { in?: unknown; innerType?: unknown } };

/** The object schema under pipes and defaults, whose keys are the query's parameters. */
const shapeOf = (schema: ZodType | undefined): Record<string, unknown> | undefined => {
  let current = schema as Inspectable | undefined;
  for (let depth = 0; depth < 8 && current; depth += 1) {
    if (current.shape) return current.shape;
    current = (current._def?.in ?? current._def?.innerType) as Inspectable | undefined;
  }
  return undefined;
};

/** A route that pages with `cursor` signs and opens cursors, so its function is given the cursor key. */
export const takesCursor = (route: Pick<RouteDefinition, 'query'>): boolean => Boolean(shapeOf(route.query)?.cursor);

/** What the function serving `routes` (one handler) is granted: their access, and the cursor key when any of them pages. */
export const functionAccess = (routes: readonly RouteDefinition[]): Access => {
  const declared = routes[0]?.access ?? {};
  return routes.some(takesCursor) ? { ...declared, cursors: 'sign' } : declared;
};
