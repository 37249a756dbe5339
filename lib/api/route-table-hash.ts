import { createHash } from 'node:crypto';
import { type RouteDefinition, routeId } from '../../lambdas/shared/route';

/**
 * A digest of the route line fields that shape the deployed API (method, path, the function it integrates, authorizer):
 * the function's id, not its handler's path, so moving a handler file does not redeploy the stage. The Deployment folds it into its
 * logical id: methods live in nested stacks the parent's Deployment cannot see, so without this a
 * route change would update the methods but never redeploy the stage.
 */
export const routeTableHash = (routes: readonly RouteDefinition[]): string => {
  const shape = routes
    .map((r) => ({ method: r.method, path: r.path, function: routeId(r), auth: r.auth }))
    .sort((a, b) => `${a.path} ${a.method}`.localeCompare(`${b.path} ${b.method}`));
  return createHash('sha256').update(JSON.stringify(shape)).digest('hex');
};
