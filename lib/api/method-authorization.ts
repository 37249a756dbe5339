import { AuthorizationType, type IAuthorizer, type MethodOptions } from 'aws-cdk-lib/aws-apigateway';
import type { Auth, RouteDefinition } from '../../lambdas/shared/route';

type Authorization = Pick<MethodOptions, 'authorizer' | 'authorizationType' | 'apiKeyRequired'>;

/**
 * `user` routes go through the Lambda authorizer and are metered: `apiKeyRequired` makes API
 * Gateway apply the usage plan of the key the authorizer returns (the workspace's, or the
 * onboarding one), so a tier's throttle and daily quota hold. `none` routes (health, docs) are
 * public by API.md and unmetered; the web ACL limits them per IP. NONE is explicit so a default
 * authorizer added to the API later cannot leak onto them.
 *
 * Plain data, so the stage's fingerprint includes it: changing it must redeploy the stage.
 */
export const methodAuthorizations = {
  user: { authorizationType: AuthorizationType.CUSTOM, apiKeyRequired: true },
  none: { authorizationType: AuthorizationType.NONE },
} as const satisfies Record<Auth, Omit<Authorization, 'authorizer'>>;

export const authorizationFor = (route: Pick<RouteDefinition, 'auth'>, authorizer: IAuthorizer): Authorization =>
  route.auth === 'user' ? { ...methodAuthorizations.user, authorizer } : { ...methodAuthorizations.none };
