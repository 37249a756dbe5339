import type { Construct } from 'constructs';
import { type RouteDefinition, routeId } from '../../lambdas/shared/route';
import type { AccessTargets } from '../api/access-grants';
import { acknowledgeExecutionsWildcard, acknowledgeSchedulesWildcard } from './acknowledgements';
import { PlatformFunction } from '../constructs/platform-function';

/**
 * The two grants of the executions routes that name resources created at run time (a run to stop,
 * a schedule to create or delete), acknowledged on exactly the route functions declaring them.
 */
export const acknowledgeExecutionGrants = (
  routeStacks: readonly Construct[],
  routes: readonly RouteDefinition[],
  targets: AccessTargets,
): void => {
  for (const route of routes.filter(
    (r) => r.access.executions === 'control' || r.access.schedules === 'manage' || r.access.graduations === 'control',
  )) {
    const fn = routeStacks
      .map((stack) => stack.node.tryFindChild(routeId(route)))
      .find((c): c is PlatformFunction => c instanceof PlatformFunction);
    if (!fn) continue;
    if (route.access.executions === 'control' && targets.stateMachineExecutionsArn)
      acknowledgeExecutionsWildcard(fn.role, targets.stateMachineExecutionsArn);
    if (route.access.graduations === 'control' && targets.graduationExecutionsArn)
      acknowledgeExecutionsWildcard(fn.role, targets.graduationExecutionsArn);
    if (route.access.schedules === 'manage' && targets.schedulesArn) acknowledgeSchedulesWildcard(fn.role, targets.schedulesArn);
  }
};
