import { Match } from 'aws-cdk-lib/assertions';
import { type CfnMethod, Method } from 'aws-cdk-lib/aws-apigateway';
import type { RouteDefinition } from '../../lambdas/shared/route';
import { getHealth } from '../../lambdas/http/health/routes';
import { routes } from '../../lambdas/http/routes';
import { type SynthesizedPlatform, lazily, resourceProps, synthPlatform, templateOf } from '../support/infra-platform';

/** The real table plus a protected line in a domain whose real routes are all public. */
const withProtectedRoute: RouteDefinition[] = [
  ...routes,
  { ...getHealth, method: 'POST', path: '/api/health/probe', auth: 'user', scopes: ['read'] },
];

const prod = lazily(() => synthPlatform('prod'));
const fixture = lazily(() => synthPlatform('prod', withProtectedRoute));
const parent = lazily(() => templateOf(prod().api));

const methodProps = (platform: SynthesizedPlatform, route: Pick<RouteDefinition, 'method' | 'path'>) => {
  const method = platform.api.node
    .findAll()
    .find((c): c is Method => c instanceof Method && c.httpMethod === route.method && c.resource.path === route.path);
  if (!method) throw new Error(`no method ${route.method} ${route.path}`);
  return resourceProps(method.node.defaultChild as CfnMethod);
};

describe('the authorizer', () => {
  it('has user routes to guard in the route table, not only public ones', () => {
    expect(routes.filter((r) => r.auth === 'user').length).toBeGreaterThan(0);
    expect(routes.filter((r) => r.auth === 'none').length).toBeGreaterThan(0);
  });

  it.each([
    ['the route table', prod, routes],
    ['a table with a protected route among public ones', fixture, withProtectedRoute],
  ] as const)('guards and meters (by the usage key it returns) every user route and no public route of %s', (_, platform, table) => {
    for (const route of table) {
      const props = methodProps(platform(), route);
      if (route.auth === 'user') {
        expect(props).toMatchObject({ AuthorizationType: 'CUSTOM', AuthorizerId: expect.anything(), ApiKeyRequired: true });
      } else {
        expect(props).toMatchObject({ AuthorizationType: 'NONE' });
        expect(props.AuthorizerId).toBeUndefined();
        expect(props.ApiKeyRequired ?? false).toBe(false);
      }
    }
  });

  it("is the parent stack's one authorizer, handed to the nested route stacks with user routes", () => {
    const authorizers = Object.keys(parent().findResources('AWS::ApiGateway::Authorizer'));
    expect(authorizers).toHaveLength(1);
    for (const stack of prod().routeStacks) templateOf(stack).resourceCountIs('AWS::ApiGateway::Authorizer', 0);
    const nestedParameters = Object.values(parent().findResources('AWS::CloudFormation::Stack')).flatMap((r) =>
      Object.values(r.Properties.Parameters ?? {}),
    );
    expect(nestedParameters).toContainEqual({ Ref: authorizers[0] });
  });

  it('is a REQUEST authorizer whose decisions are never cached, so a revoked key fails on the next request', () => {
    parent().hasResourceProperties('AWS::ApiGateway::Authorizer', {
      Type: 'REQUEST',
      AuthorizerResultTtlInSeconds: 0,
      IdentitySource: Match.absent(),
    });
  });

  it('lets usage plans find the workspace key in its answer', () => {
    parent().hasResourceProperties('AWS::ApiGateway::RestApi', { ApiKeySourceType: 'AUTHORIZER' });
  });
});

describe('gateway responses', () => {
  it.each(
    [
      { type: 'UNAUTHORIZED', status: '401', code: 'UNAUTHORIZED' },
      { type: 'ACCESS_DENIED', status: '403', code: 'FORBIDDEN' },
      { type: 'MISSING_AUTHENTICATION_TOKEN', status: '404', code: 'NOT_FOUND' },
      { type: 'REQUEST_TOO_LARGE', status: '413', code: 'PAYLOAD_TOO_LARGE' },
      { type: 'THROTTLED', status: '429', code: 'RATE_LIMIT_EXCEEDED' },
      { type: 'QUOTA_EXCEEDED', status: '429', code: 'RATE_LIMIT_EXCEEDED' },
      { type: 'WAF_FILTERED', status: '429', code: 'RATE_LIMIT_EXCEEDED' },
      { type: 'INTEGRATION_TIMEOUT', status: '504', code: 'INTERNAL' },
      { type: 'DEFAULT_4XX', status: undefined, code: 'INVALID_INPUT' },
      { type: 'DEFAULT_5XX', status: undefined, code: 'INTERNAL' },
    ].map((r) => ({ ...r, answer: r.status ?? "API Gateway's own status" })),
  )('$type answers $answer $code in the envelope with a request id header', ({ type, status, code }) => {
    const responses = parent().findResources('AWS::ApiGateway::GatewayResponse', { Properties: { ResponseType: type } });
    const [response] = Object.values(responses);
    expect(response?.Properties.StatusCode).toBe(status);
    expect(response?.Properties.ResponseParameters).toMatchObject({ 'gatewayresponse.header.X-Request-Id': 'context.requestId' });
    const body = JSON.parse(response?.Properties.ResponseTemplates['application/json']);
    expect(body).toEqual({
      success: false,
      error: { code, message: expect.any(String) },
      meta: { timestamp: '$context.requestTimeEpoch', request_id: 'req_$context.requestId' },
    });
  });

  it('tell the client when to retry a rate-limited request', () => {
    parent().hasResourceProperties('AWS::ApiGateway::GatewayResponse', {
      ResponseType: 'THROTTLED',
      ResponseParameters: Match.objectLike({ 'gatewayresponse.header.Retry-After': "'1'" }),
    });
  });
});

describe('the stage', () => {
  it('is named after the environment, traced, logged as JSON lines and throttled by default', () => {
    parent().hasResourceProperties('AWS::ApiGateway::Stage', {
      StageName: 'prod',
      TracingEnabled: true,
      AccessLogSetting: { DestinationArn: Match.anyValue(), Format: Match.stringLikeRegexp('^\\{"request_id":"\\$context.requestId"') },
      MethodSettings: [
        Match.objectLike({
          HttpMethod: '*',
          ResourcePath: '/*',
          LoggingLevel: 'ERROR',
          DataTraceEnabled: false,
          ThrottlingRateLimit: 2000,
          ThrottlingBurstLimit: 5000,
        }),
      ],
    });
  });

  it('is deployed only after every nested route stack and the root method exist', () => {
    const [deployment] = Object.values(parent().findResources('AWS::ApiGateway::Deployment'));
    const nestedStacks = Object.keys(parent().findResources('AWS::CloudFormation::Stack'));
    const rootMethods = Object.keys(parent().findResources('AWS::ApiGateway::Method', { Properties: { HttpMethod: 'ANY' } }));
    expect(nestedStacks).toHaveLength(prod().routeStacks.length);
    expect(deployment?.DependsOn).toEqual(expect.arrayContaining([...nestedStacks, ...rootMethods]));
  });

  it('is redeployed when the route table changes', () => {
    const deploymentIds = (platform: SynthesizedPlatform) =>
      Object.keys(templateOf(platform.api).findResources('AWS::ApiGateway::Deployment'));
    expect(deploymentIds(fixture())).not.toEqual(deploymentIds(prod()));
    expect(deploymentIds(synthPlatform('prod'))).toEqual(deploymentIds(prod()));
  });

  it('sits behind a web ACL limiting anonymous callers to 60 requests a minute per IP', () => {
    parent().hasResourceProperties('AWS::WAFv2::WebACLAssociation', {
      ResourceArn: { 'Fn::Join': ['', Match.arrayWith([Match.stringLikeRegexp('/stages/$')])] },
      WebACLArn: { 'Fn::GetAtt': [Match.anyValue(), 'Arn'] },
    });
    parent().hasResourceProperties('AWS::WAFv2::WebACL', {
      Scope: 'REGIONAL',
      Rules: Match.arrayWith([
        Match.objectLike({
          Action: { Block: {} },
          Statement: {
            RateBasedStatement: Match.objectLike({
              AggregateKeyType: 'IP',
              Limit: 60,
              EvaluationWindowSec: 60,
              ScopeDownStatement: { NotStatement: Match.anyValue() },
            }),
          },
        }),
      ]),
    });
  });

  it('blocks common attack signatures and known bad inputs with the AWS managed rule groups, counting only oversized bodies', () => {
    parent().hasResourceProperties('AWS::WAFv2::WebACL', {
      Rules: Match.arrayWith([
        Match.objectLike({
          OverrideAction: { None: {} },
          Statement: {
            ManagedRuleGroupStatement: {
              VendorName: 'AWS',
              Name: 'AWSManagedRulesCommonRuleSet',
              RuleActionOverrides: [{ Name: 'SizeRestrictions_BODY', ActionToUse: { Count: {} } }],
            },
          },
        }),
        Match.objectLike({
          OverrideAction: { None: {} },
          Statement: { ManagedRuleGroupStatement: { VendorName: 'AWS', Name: 'AWSManagedRulesKnownBadInputsRuleSet' } },
        }),
      ]),
    });
  });
});

describe('the parent stack', () => {
  it('holds a root method answering 404 in the envelope, so the RestApi validates in its own stack', () => {
    parent().hasResourceProperties('AWS::ApiGateway::Method', {
      HttpMethod: 'ANY',
      Integration: Match.objectLike({ Type: 'MOCK', IntegrationResponses: [Match.objectLike({ StatusCode: '404' })] }),
    });
  });

  it('guards and meters the root method like a user route, so no authorized method escapes the quotas', () => {
    parent().hasResourceProperties('AWS::ApiGateway::Method', {
      HttpMethod: 'ANY',
      AuthorizationType: 'CUSTOM',
      AuthorizerId: Match.anyValue(),
      ApiKeyRequired: true,
    });
  });

  it('has the platform_admin group the authorizer takes for platform operators, in the user pool it creates', () => {
    parent().hasResourceProperties('AWS::Cognito::UserPoolGroup', {
      GroupName: 'platform_admin',
      UserPoolId: { Ref: Object.keys(parent().findResources('AWS::Cognito::UserPool'))[0] },
    });
  });

  it('keeps the verified email until a changed one is verified, and its client cannot write the email', () => {
    parent().hasResourceProperties('AWS::Cognito::UserPool', {
      UserAttributeUpdateSettings: { AttributesRequireVerificationBeforeUpdate: ['email'] },
    });
    const clients = Object.values(parent().findResources('AWS::Cognito::UserPoolClient'));
    expect(clients).toHaveLength(1);
    const writable = clients[0]?.Properties.WriteAttributes as string[];
    expect(writable.length).toBeGreaterThan(0);
    expect(writable).not.toContain('email');
  });

  it("lets the authorizer take platform operators from its own pool's group", () => {
    parent().hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ JWT_ISSUER: Match.anyValue(), PLATFORM_ADMIN_GROUP_TRUSTED: 'true' }) },
    });
  });

  it('outputs the API URL and the user pool the authorizer trusts', () => {
    for (const output of ['ApiUrl', 'UserPoolId', 'UserPoolClientId', 'JwtIssuer']) parent().hasOutput(output, {});
  });
});
