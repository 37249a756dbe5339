import { AuthorizationType, type IAuthorizer, type MethodOptions } from 'aws-cdk-lib/aws-apigateway';
import type { RouteDefinition } from '../../lambdas/http/route';

type Authorization = Pick<MethodOptions, 'authorizer' | 'authorizationType'>;

/**
 * `user` routes go through the Lambda authorizer; `none` routes (health, docs) are public by
 * API.md. NONE is explicit so a default authorizer added to the API later cannot leak onto them.
 */
export const authorizationFor = (route: Pick<RouteDefinition, 'auth'>, authorizer: IAuthorizer): Authorization =>
  route.auth === 'user'
    ? { authorizer, authorizationType: AuthorizationType.CUSTOM }
    : { authorizationType: AuthorizationType.NONE };
