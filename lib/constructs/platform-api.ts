import { Duration, RemovalPolicy, Size } from 'aws-cdk-lib';
import {
  ApiKeySourceType,
  type CfnAuthorizer,
  EndpointType,
  type Method,
  MockIntegration,
  PassthroughBehavior,
  RequestAuthorizer,
  type RequestValidator,
  ResponseType,
  RestApi,
} from 'aws-cdk-lib/aws-apigateway';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { BINARY_MEDIA_TYPES } from '../../lambdas/domain/files/uploads';
import { Construct } from 'constructs';
import { gatewayErrorBody, gatewayErrorHeaders, gatewayErrors, NOT_FOUND_MESSAGE } from '../api/gateway-responses';
import { authorizationFor } from '../api/method-authorization';
import { acknowledgeApiGatewayAccountRole, acknowledgeLambdaAuthorizer } from '../compliance/acknowledgements';
import type { EnvironmentConfig } from '../config/environment-config';

/**
 * The RestApi and what every method shares: the Lambda authorizer, the request validator, the
 * gateway responses in the API's envelope, and the root method. Methods themselves live in the
 * nested route stacks.
 */
export class PlatformApi extends Construct {
  readonly api: RestApi;
  readonly authorizer: RequestAuthorizer;
  readonly requestValidator: RequestValidator;
  readonly rootMethod: Method;

  constructor(scope: Construct, id: string, props: { config: EnvironmentConfig; authorizerFunction: IFunction }) {
    super(scope, id);
    const { config } = props;
    this.api = new RestApi(this, 'Api', {
      restApiName: `agent-platform-${config.name}`,
      description: 'Agent Platform API (API.md)',
      // The stage is built explicitly (ApiStage) so that it can wait for the nested route stacks.
      deploy: false,
      // Usage plans find the workspace's API Gateway key in the authorizer's `usageIdentifierKey`.
      apiKeySourceType: ApiKeySourceType.AUTHORIZER,
      endpointConfiguration: { types: [EndpointType.REGIONAL] },
      minCompressionSize: Size.kibibytes(1),
      // Agent files are uploaded as raw bodies: these reach Lambda base64-encoded, byte for byte.
      binaryMediaTypes: [...BINARY_MEDIA_TYPES],
      // Stage logging needs the account-level CloudWatch role; it outlives this stack because other APIs share it.
      cloudWatchRole: true,
      cloudWatchRoleRemovalPolicy: RemovalPolicy.RETAIN,
    });
    const accountRole = this.api.node.tryFindChild('CloudWatchRole');
    if (accountRole) acknowledgeApiGatewayAccountRole(accountRole);

    this.authorizer = new RequestAuthorizer(this, 'Authorizer', {
      handler: props.authorizerFunction,
      // No caching: a revoked API key must be refused on the very next request (API.md §2).
      resultsCacheTtl: Duration.seconds(0),
      // Uncached, API Gateway needs no identity source and calls the authorizer on every request, which
      // reads Authorization or X-API-Key itself. CDK would still render an empty `IdentitySource: ""`.
      identitySources: [],
    });
    (this.authorizer.node.defaultChild as CfnAuthorizer).addPropertyDeletionOverride('IdentitySource');
    this.requestValidator = this.api.addRequestValidator('RequestValidator', {
      validateRequestBody: true,
      validateRequestParameters: true,
    });
    for (const error of gatewayErrors) {
      this.api.addGatewayResponse(error.type, {
        type: ResponseType.of(error.type),
        statusCode: error.status?.toString(),
        responseHeaders: gatewayErrorHeaders(error, config.corsAllowOrigins),
        templates: { 'application/json': gatewayErrorBody(error.code, error.message) },
      });
    }
    this.rootMethod = this.addRootMethod();
  }

  /**
   * API Gateway validates that a RestApi has a method in its own stack. The root answers like an
   * unknown route (404 NOT_FOUND), behind the authorizer like every non-public resource, and so
   * metered like a `user` route: every request the authorizer lets through counts against the
   * caller's plan, whatever it answers, and no authorized method is left outside the quotas.
   */
  private addRootMethod(): Method {
    const notFound = '404';
    const method = this.api.root.addMethod(
      'ANY',
      new MockIntegration({
        passthroughBehavior: PassthroughBehavior.NEVER,
        requestTemplates: { 'application/json': `{"statusCode": ${notFound}}` },
        integrationResponses: [
          {
            statusCode: notFound,
            responseParameters: { 'method.response.header.X-Request-Id': 'context.requestId' },
            responseTemplates: {
              'application/json': gatewayErrorBody('NOT_FOUND', NOT_FOUND_MESSAGE),
            },
          },
        ],
      }),
      {
        ...authorizationFor({ auth: 'user' }, this.authorizer),
        methodResponses: [{ statusCode: notFound, responseParameters: { 'method.response.header.X-Request-Id': true } }],
      },
    );
    acknowledgeLambdaAuthorizer(method);
    return method;
  }
}
