import { Aws, CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { RestApi, Stage } from 'aws-cdk-lib/aws-apigateway';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { EventBus, type IEventBus } from 'aws-cdk-lib/aws-events';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import type { Construct } from 'constructs';
import type { RouteDefinition } from '../../lambdas/shared/route';
import packageJson from '../../package.json';
import { type AccessTargets, AUTHORIZER_ACCESS } from '../api/access-grants';
import { preflightOptions } from '../api/cors';
import { gatewayErrors } from '../api/gateway-responses';
import { methodAuthorizations } from '../api/method-authorization';
import { routeTableHash } from '../api/route-table-hash';
import { AUTHORIZER_ID } from '../build/function-bundles';
import type { EnvironmentConfig } from '../config/environment-config';
import { resourceNames } from '../config/resource-names';
import { agentFilesAccessRoleArn } from '../constructs/agent-files-access-role';
import { acknowledgeExecutionGrants } from '../compliance/execution-grants';
import { executionArns, executionEnvironment } from '../flows/execution-names';
import { ApiFirewall } from '../constructs/api-firewall';
import { PlatformFunction } from '../constructs/platform-function';
import { ApiRoutes } from '../constructs/api-routes';
import { ApiStage } from '../constructs/api-stage';
import { CursorKey } from '../constructs/cursor-key';
import { EventFunction } from '../constructs/event-function';
import { StreamFunction } from '../constructs/stream-function';
import { PlatformApi } from '../constructs/platform-api';
import { onboardingUsageKeyValue, refusalsUsageKeyValue, UsagePlans } from '../constructs/usage-plans';
import { UserDirectory } from '../constructs/user-directory';
import { deliveryQueueTargets, WebhookDelivery } from '../constructs/webhook-delivery';
import {
  bucketEventPatternOf,
  eventFunctionId,
  eventFunctions,
  eventPatternOf,
  filesReconcile,
  outboxRelay,
} from '../events/event-functions';

export interface ApiStackProps extends StackProps {
  config: EnvironmentConfig;
  routes: readonly RouteDefinition[];
  table: ITableV2;
  eventBus: IEventBus;
  credentialsKey: IKey;
}

/**
 * The REST API: authorizer, one function and method per route line, stage, usage plans, web ACL;
 * and the functions the platform bus triggers, which need the usage plans' ids.
 */
export class ApiStack extends Stack {
  readonly api: RestApi;
  readonly stage: Stage;

  constructor(scope: Construct, id: string, props: ApiStackProps) {
    super(scope, id, props);
    const { config, routes } = props;
    const bucketName = resourceNames(config.name).filesBucket;
    const cursorKey = new CursorKey(this, 'CursorKey', config).key;
    const targets: AccessTargets = {
      tableArn: props.table.tableArn,
      bucketArn: `arn:${Aws.PARTITION}:s3:::${bucketName}`,
      eventBusArn: props.eventBus.eventBusArn,
      credentialsKeyArn: props.credentialsKey.keyArn,
      cursorKeyArn: cursorKey.keyArn,
      agentFilesAccessRoleArn: agentFilesAccessRoleArn(config.name),
      ...executionArns(config.name),
      ...deliveryQueueTargets(config.name),
    };
    const platform = { PLATFORM_ENV: config.name, PLATFORM_VERSION: packageJson.version };
    // What route and event functions alike are given; the authorizer only reads the table and gets its own.
    const platformResources = {
      ...platform,
      TABLE_NAME: props.table.tableName,
      BUCKET_NAME: bucketName,
      DEFAULT_LLM_PROVIDER: config.defaultModel.provider,
      DEFAULT_LLM_MODEL: config.defaultModel.model,
      MODEL_ALLOW_LIST: JSON.stringify(config.models),
    };
    // Known before the plans exist, so the authorizer (built first) can be given it.
    const onboardingUsageKey = onboardingUsageKeyValue(config.name);
    const refusalsUsageKey = refusalsUsageKeyValue(config.name);

    const users = new UserDirectory(this, 'Users', config);
    const authorizerFunction = new PlatformFunction(this, 'AuthorizerFunction', {
      bundleId: AUTHORIZER_ID,
      group: 'authorizer',
      access: AUTHORIZER_ACCESS,
      targets,
      config,
      environment: {
        ...platform,
        TABLE_NAME: props.table.tableName,
        JWT_ISSUER: users.issuer,
        JWT_AUDIENCE: users.audience,
        ...(users.jwksUri ? { JWKS_URI: users.jwksUri } : {}),
        // Only the pool created here makes platform operators; an external issuer's groups never do.
        ...(users.userPool ? { PLATFORM_ADMIN_GROUP_TRUSTED: 'true' } : {}),
        ONBOARDING_USAGE_KEY: onboardingUsageKey,
        REFUSALS_USAGE_KEY: refusalsUsageKey,
      },
    }).function;

    const platformApi = new PlatformApi(this, 'Api', { config, authorizerFunction });
    this.api = platformApi.api;
    const cors = preflightOptions(config.corsAllowOrigins);
    const apiRoutes = new ApiRoutes(this, 'Routes', {
      api: this.api,
      routes,
      authorizer: platformApi.authorizer,
      requestValidator: platformApi.requestValidator,
      cors,
      functions: {
        config,
        targets,
        environment: { ...platformResources, CORS_ALLOW_ORIGINS: config.corsAllowOrigins.join(','), ...executionEnvironment(config.name) },
        handlerEnvironment: {
          'workspaces/create': { MAX_OWNED_WORKSPACES: String(config.maxOwnedWorkspaces) },
          'plugins/versions-register': { PLUGIN_TOOL_FUNCTIONS: JSON.stringify(config.pluginToolFunctions) },
        },
      },
    });
    acknowledgeExecutionGrants(apiRoutes.stacks, routes, targets);

    this.stage = new ApiStage(this, 'Stage', {
      api: this.api,
      config,
      methodOwners: [...apiRoutes.stacks, platformApi.rootMethod],
      fingerprint: { routes: routeTableHash(routes), methodAuthorizations, gatewayErrors, cors: config.corsAllowOrigins },
    }).stage;
    const usagePlans = new UsagePlans(this, 'UsagePlans', { stage: this.stage, env: config.name, onboardingUsageKey, refusalsUsageKey });
    new ApiFirewall(this, 'Firewall', { stage: this.stage, config });

    // The outbox relay is the one function that puts events on the bus; only it is told which bus.
    const tableStreamArn = props.table.tableStreamArn;
    if (!tableStreamArn) throw new Error('the table has no stream: the outbox relay reads it (lambdas/data/table-definition.ts)');
    new StreamFunction(this, eventFunctionId(outboxRelay), {
      definition: outboxRelay,
      streamArn: tableStreamArn,
      targets,
      environment: { ...platformResources, EVENT_BUS_NAME: props.eventBus.eventBusName },
      config,
    });

    for (const definition of eventFunctions) {
      new EventFunction(this, eventFunctionId(definition), {
        definition,
        bus: props.eventBus,
        eventPattern: eventPatternOf(definition),
        targets,
        usagePlanIds: usagePlans.planIds,
        environment: platformResources,
        config,
      });
    }

    new EventFunction(this, eventFunctionId(filesReconcile), {
      definition: filesReconcile,
      bus: EventBus.fromEventBusName(this, 'DefaultBus', 'default'),
      eventPattern: bucketEventPatternOf(bucketName),
      targets,
      usagePlanIds: usagePlans.planIds,
      environment: platformResources,
      config,
    });

    new WebhookDelivery(this, 'WebhookDelivery', { bus: props.eventBus, targets, environment: platformResources, config });

    new CfnOutput(this, 'ApiUrl', { value: this.stage.urlForPath('/') });
    new CfnOutput(this, 'JwtIssuer', { value: users.issuer });
    if (users.userPool) {
      new CfnOutput(this, 'UserPoolId', { value: users.userPool.userPoolId });
      new CfnOutput(this, 'UserPoolClientId', { value: users.userPool.clientId });
    }
  }
}
