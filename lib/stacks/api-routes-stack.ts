import { NestedStack } from 'aws-cdk-lib';
import {
  type CorsOptions,
  type IAuthorizer,
  type IRequestValidator,
  type IResource,
  type IRestApi,
  LambdaIntegration,
  Resource,
  RestApi,
} from 'aws-cdk-lib/aws-apigateway';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { Construct } from 'constructs';
import type { RouteDefinition } from '../../lambdas/shared/route';
import type { AccessTargets } from '../api/access-grants';
import { authorizationFor } from '../api/method-authorization';
import { methodPaths, parentPath } from '../api/resource-ownership';
import { routesByFunction } from '../api/route-groups';
import { bundledFilesEnvironment } from '../build/function-bundles';
import { functionAccess } from '../api/route-cursors';
import { acknowledgeBedrockModels, acknowledgeLambdaAuthorizer, acknowledgePublicMethod } from '../compliance/acknowledgements';
import type { EnvironmentConfig } from '../config/environment-config';
import { PlatformFunction } from '../constructs/platform-function';
import { bedrockModelArns } from '../api/bedrock-models';

/** What every route function gets, whatever its domain. */
export interface RouteFunctionSettings {
  config: EnvironmentConfig;
  targets: AccessTargets;
  environment: Record<string, string>;
  /** Settings only one handler reads, by handler. */
  handlerEnvironment: Readonly<Record<string, Record<string, string>>>;
}

export interface ApiRoutesStackProps {
  routes: readonly RouteDefinition[];
  restApiId: string;
  rootResourceId: string;
  /** Resources created by the parent because several domains' paths cross them, by path. */
  sharedResourceIds: ReadonlyMap<string, string>;
  /** The parent's authorizer object itself: re-importing the API another way cannot attach it. */
  authorizer: IAuthorizer;
  requestValidator: IRequestValidator;
  cors: CorsOptions;
  functions: RouteFunctionSettings;
}

/**
 * One domain's routes (5–7 CloudFormation resources each): function, role, log group, method,
 * invoke permission, plus the resources and preflights only this domain uses. Keeps every stack
 * far below CloudFormation's 500-resource limit as domains grow.
 */
export class ApiRoutesStack extends NestedStack {
  private readonly api: IRestApi;
  private readonly resources = new Map<string, IResource>();

  constructor(
    scope: Construct,
    id: string,
    private readonly props: ApiRoutesStackProps,
  ) {
    super(scope, id);
    this.api = RestApi.fromRestApiAttributes(this, 'Api', { restApiId: props.restApiId, rootResourceId: props.rootResourceId });
    this.resources.set('/', this.api.root);

    for (const [bundleId, routes] of routesByFunction(props.routes)) {
      const [first] = routes;
      if (!first) continue;
      const access = functionAccess(routes);
      const models = access.model === 'invoke' ? bedrockModelArns(props.functions.config.models) : [];
      const apiFunction = new PlatformFunction(this, bundleId, {
        bundleId,
        group: 'api',
        access,
        targets: props.functions.targets,
        extraStatements:
          models.length > 0 ? [new PolicyStatement({ sid: 'BedrockModels', actions: ['bedrock:InvokeModel'], resources: models })] : [],
        environment: {
          ...props.functions.environment,
          ...props.functions.handlerEnvironment[first.handler],
          ...bundledFilesEnvironment(first.handler),
        },
        config: props.functions.config,
      });
      acknowledgeBedrockModels(
        apiFunction.role,
        models.filter((arn) => arn.includes('*')),
      );
      const fn = apiFunction.function;
      // One permission per method, for this API's methods only; console test invocations are not needed.
      const integration = new LambdaIntegration(fn, { allowTestInvoke: false });
      for (const route of routes) this.addRouteMethod(route, integration);
    }
    for (const path of methodPaths(props.routes)) {
      if (!props.sharedResourceIds.has(path)) this.resourceAt(path).addCorsPreflight(props.cors);
    }
  }

  private addRouteMethod(route: RouteDefinition, integration: LambdaIntegration): void {
    const method = this.resourceAt(route.path).addMethod(route.method, integration, {
      ...authorizationFor(route, this.props.authorizer),
      requestValidator: this.props.requestValidator,
    });
    if (route.auth === 'user') acknowledgeLambdaAuthorizer(method);
    else acknowledgePublicMethod(method, `${route.method} ${route.path}: ${route.summary}`);
  }

  /** The resource at `path`: imported from the parent when shared, created here otherwise. */
  private resourceAt(path: string): IResource {
    const known = this.resources.get(path);
    if (known) return known;
    const sharedId = this.props.sharedResourceIds.get(path);
    const resource = sharedId
      ? Resource.fromResourceAttributes(this, `Shared${path.replace(/\//g, '.')}`, { restApi: this.api, resourceId: sharedId, path })
      : this.resourceAt(parentPath(path)).addResource(path.slice(path.lastIndexOf('/') + 1));
    this.resources.set(path, resource);
    return resource;
  }
}
