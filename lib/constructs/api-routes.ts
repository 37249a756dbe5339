import type { CorsOptions, IAuthorizer, IRequestValidator, RestApi } from 'aws-cdk-lib/aws-apigateway';
import { Construct } from 'constructs';
import type { RouteDefinition } from '../../lambdas/shared/route';
import { methodPaths, resourceOwners, SHARED } from '../api/resource-ownership';
import { routesByDomain } from '../api/route-groups';
import { ApiRoutesStack, type RouteFunctionSettings } from '../stacks/api-routes-stack';

export interface ApiRoutesProps {
  api: RestApi;
  routes: readonly RouteDefinition[];
  authorizer: IAuthorizer;
  requestValidator: IRequestValidator;
  cors: CorsOptions;
  functions: RouteFunctionSettings;
}

/**
 * Every line of the route table as a method: one nested stack per domain, plus the resources
 * several domains share (created here, once, since API Gateway refuses duplicate paths).
 */
export class ApiRoutes extends Construct {
  readonly stacks: ApiRoutesStack[];

  constructor(scope: Construct, id: string, props: ApiRoutesProps) {
    super(scope, id);
    const { api, routes } = props;
    const owners = resourceOwners(routes);
    const sharedResourceIds = new Map<string, string>();
    for (const [path, owner] of owners) {
      if (owner === SHARED) sharedResourceIds.set(path, api.root.resourceForPath(path).resourceId);
    }
    for (const path of methodPaths(routes)) {
      if (sharedResourceIds.has(path)) api.root.resourceForPath(path).addCorsPreflight(props.cors);
    }

    this.stacks = [...routesByDomain(routes)].map(
      ([domain, domainRoutes]) =>
        new ApiRoutesStack(this, `${domain}-routes`, {
          routes: domainRoutes,
          restApiId: api.restApiId,
          rootResourceId: api.restApiRootResourceId,
          sharedResourceIds,
          authorizer: props.authorizer,
          requestValidator: props.requestValidator,
          cors: props.cors,
          functions: props.functions,
        }),
    );
  }
}
