import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CfnResource, Stack } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import type { Access } from '../../lambdas/shared/route';
import { routeId } from '../../lambdas/shared/route';
import { routes } from '../../lambdas/http/routes';
import { takesCursor } from '../../lib/api/route-cursors';
import { bundleDir } from '../../lib/build/function-bundles';
import { environmentConfig } from '../../lib/config/environments';
import { eventFunctions, filesReconcile, outboxRelay } from '../../lib/events/event-functions';
import { webhookDeliver, webhookFanOut } from '../../lib/events/webhook-queues';
import { lazily, resourceProps, synthPlatform, templateOf } from '../support/infra-platform';

const platform = lazily(() => synthPlatform('prod'));

/** The oracle: what each declared access must grant, written out independently of lib/api/access-policy. */
const RUNTIME = ['logs:CreateLogStream', 'logs:PutLogEvents', 'xray:PutTelemetryRecords', 'xray:PutTraceSegments'];
const TABLE_READ = ['dynamodb:BatchGetItem', 'dynamodb:ConditionCheckItem', 'dynamodb:GetItem', 'dynamodb:Query'];
const TABLE_WRITE = [...TABLE_READ, 'dynamodb:BatchWriteItem', 'dynamodb:DeleteItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem'];
const BUCKET_READ = ['s3:GetObject', 's3:ListBucket'];
const BUCKET_WRITE = [...BUCKET_READ, 's3:AbortMultipartUpload', 's3:DeleteObject', 's3:PutObject'];

const expectedActions = (access: Access): string[] =>
  [
    ...RUNTIME,
    ...(access.table === 'read' ? TABLE_READ : access.table === 'write' ? TABLE_WRITE : []),
    ...(access.bucket === 'read' ? BUCKET_READ : access.bucket === 'write' ? BUCKET_WRITE : []),
    ...(access.bus === 'publish' ? ['events:PutEvents'] : []),
    ...(access.secrets === 'read' ? ['kms:Decrypt'] : access.secrets === 'write' ? ['kms:Decrypt', 'kms:GenerateDataKey'] : []),
    ...(access.scopedAccess === 'assume' ? ['sts:AssumeRole'] : []),
    ...(access.executions === 'start'
      ? ['states:StartExecution']
      : access.executions === 'control'
        ? ['states:SendTaskFailure', 'states:SendTaskSuccess', 'states:StopExecution']
        : []),
    ...(access.graduations === 'start' ? ['states:StartExecution'] : access.graduations === 'control' ? ['states:StopExecution'] : []),
    ...(access.deliveries === 'send' ? ['sqs:SendMessage'] : []),
    ...(access.schedules === 'manage'
      ? ['iam:PassRole', 'scheduler:CreateSchedule', 'scheduler:DeleteSchedule', 'scheduler:GetSchedule', 'scheduler:UpdateSchedule']
      : []),
    ...(access.cursors === 'sign' ? ['kms:GenerateMac'] : []),
    ...(access.model === 'invoke' ? ['bedrock:InvokeModel'] : []),
  ].sort();

interface Statement {
  Action: string | string[];
  Resource: unknown;
}

/** The CloudFormation resource `kind` (Role, Function, Logs) of the function with this construct id, as synthesized. */
const functionPart = (functionId: string, kind: 'Role' | 'Function' | 'Logs'): Record<string, unknown> => {
  const stacks: Stack[] = [platform().api, ...platform().routeStacks];
  const owner = stacks.find((s) => s.node.tryFindChild(functionId));
  if (!owner) throw new Error(`no function ${functionId}`);
  return resourceProps(owner.node.findChild(functionId).node.findChild(kind).node.defaultChild as CfnResource);
};

const roleStatements = (functionId: string): Statement[] => {
  const [policy] = functionPart(functionId, 'Role').Policies as { PolicyDocument: { Statement: Statement[] } }[];
  return policy?.PolicyDocument.Statement ?? [];
};

const actionsOf = (statements: Statement[]): string[] =>
  [...new Set(statements.flatMap((s) => (Array.isArray(s.Action) ? s.Action : [s.Action])))].sort();

describe('reserved concurrency', () => {
  const reservedOf = (stack: Stack): number[] =>
    Object.values(templateOf(stack).findResources('AWS::Lambda::Function')).map(
      (f) => (f.Properties as { ReservedConcurrentExecutions: number }).ReservedConcurrentExecutions,
    );
  const { reservedPerFunction } = environmentConfig('prod').concurrency;

  it("gives each route function the api figure, so one flooded route cannot take the authorizer's executions", () => {
    for (const stack of platform().routeStacks) expect(new Set(reservedOf(stack))).toEqual(new Set([reservedPerFunction.api]));
  });

  it('gives the authorizer and the event functions (the outbox relay, the files reconciler and the webhook ones) their own figures', () => {
    expect(functionPart('AuthorizerFunction', 'Function')).toMatchObject({ ReservedConcurrentExecutions: reservedPerFunction.authorizer });
    const eventDriven = [...eventFunctions, outboxRelay, filesReconcile, webhookFanOut, webhookDeliver];
    expect(reservedOf(platform().api).sort()).toEqual(
      [reservedPerFunction.authorizer, ...eventDriven.map(() => reservedPerFunction.events)].sort(),
    );
  });

  it('gives every execution task function the execution tasks figure', () => {
    expect(new Set(reservedOf(platform().executions))).toEqual(new Set([reservedPerFunction.executionTasks]));
  });
});

describe('route functions', () => {
  it(
    'are one per handler of the route table, plus the authorizer, the event functions, the outbox relay, ' +
      'the files reconciler and the webhook functions in the parent stack',
    () => {
      const handlers = new Set(routes.map(routeId));
      const inRouteStacks = platform().routeStacks.reduce(
        (n, s) => n + Object.keys(templateOf(s).findResources('AWS::Lambda::Function')).length,
        0,
      );
      expect(inRouteStacks).toBe(handlers.size);
      templateOf(platform().api).resourceCountIs('AWS::Lambda::Function', 1 + eventFunctions.length + 1 + 1 + 2);
      templateOf(platform().api).hasResourceProperties('AWS::Lambda::Function', {
        Environment: { Variables: Match.objectLike({ JWT_ISSUER: Match.anyValue(), JWT_AUDIENCE: Match.anyValue() }) },
      });
    },
  );

  it.each(routes.map((r) => [`${r.method} ${r.path}`, routeId(r)] as const))(
    '%s runs on Node.js 24, arm64, passing traces through (prod traces no SDK calls), ' +
      'logging to its own group, with the platform environment',
    (_, id) => {
      expect(functionPart(id, 'Function')).toMatchObject({
        Runtime: 'nodejs24.x',
        Architectures: ['arm64'],
        Handler: 'index.handler',
        TracingConfig: { Mode: 'PassThrough' },
        LoggingConfig: { LogGroup: expect.anything() },
        Environment: {
          Variables: expect.objectContaining({
            TABLE_NAME: expect.anything(),
            BUCKET_NAME: expect.anything(),
            PLATFORM_ENV: 'prod',
            PLATFORM_VERSION: expect.stringMatching(/^\d+\.\d+\.\d+/),
            NODE_OPTIONS: '--enable-source-maps',
            METRICS_NAMESPACE: 'AgentPlatform/prod',
          }),
        },
      });
      expect(functionPart(id, 'Logs')).toMatchObject({ RetentionInDays: 180 });
    },
  );

  it.each(routes.map((r) => [routeId(r), takesCursor(r) ? { ...r.access, cursors: 'sign' as const } : r.access] as const))(
    "%s's role grants exactly its declared access",
    (id, access) => {
      expect(actionsOf(roleStatements(id))).toEqual(expectedActions(access));
    },
  );

  it('gives the cursor key only to functions whose route pages with a cursor, and that key alone', () => {
    const environment = (id: string) => (functionPart(id, 'Function').Environment as { Variables: Record<string, unknown> }).Variables;
    expect(routes.filter(takesCursor).map(routeId)).toEqual(
      expect.arrayContaining(['agents-list', 'executions-list', 'agents-files-list', 'workspaces-list']),
    );
    expect(environment('executions-list').CURSOR_KEY_ID).toBeDefined();
    expect(environment('agents-get').CURSOR_KEY_ID).toBeUndefined();
    const keyStatement = roleStatements('agents-list').find((s) => JSON.stringify(s.Action).includes('kms:GenerateMac'));
    expect(JSON.stringify(keyStatement?.Resource)).toContain('CursorKey');
    expect(roleStatements('agents-get').some((s) => JSON.stringify(s.Action).includes('kms:GenerateMac'))).toBe(false);
  });

  it('tells only the functions that handle secrets which key wraps them, and grants them that key alone', () => {
    const environment = (id: string) => (functionPart(id, 'Function').Environment as { Variables: Record<string, unknown> }).Variables;
    expect(environment('credentials-inject').CREDENTIALS_KEY_ID).toBeDefined();
    expect(environment('agents-get').CREDENTIALS_KEY_ID).toBeUndefined();
    // New agents default to Bedrock deployed; locally nothing is configured and they get the offline provider.
    expect(environment('agents-create')).toMatchObject({ DEFAULT_LLM_PROVIDER: 'bedrock', DEFAULT_LLM_MODEL: expect.any(String) });
    const keyStatement = roleStatements('credentials-export').find((s) => JSON.stringify(s.Action).includes('kms:'));
    expect(JSON.stringify(keyStatement?.Resource)).toContain('CredentialsKey');
  });

  it("tells only the workspace-create function the environment's owned-workspace limit", () => {
    const environment = (id: string) => (functionPart(id, 'Function').Environment as { Variables: Record<string, unknown> }).Variables;
    expect(environment('workspaces-create').MAX_OWNED_WORKSPACES).toBe(String(environmentConfig('prod').maxOwnedWorkspaces));
    expect(environment('workspaces-get').MAX_OWNED_WORKSPACES).toBeUndefined();
  });

  it("gives Bedrock, the environment's allowed models alone, only to the function that probes an agent's model", () => {
    const probing = routes.filter((r) => r.access.model === 'invoke').map(routeId);
    expect(probing).toEqual(['agents-health-get']);
    const bedrock = roleStatements('agents-health-get').find((s) => JSON.stringify(s.Action).includes('bedrock:'));
    expect(JSON.stringify(bedrock?.Resource)).toContain('foundation-model/');
    expect(JSON.stringify(bedrock?.Resource)).not.toContain('foundation-model/*"');
    expect(roleStatements('agents-get').some((s) => JSON.stringify(s.Action).includes('bedrock:'))).toBe(false);
  });

  it('lets the health function read the table but not write it', () => {
    const actions = actionsOf(roleStatements('health-get'));
    expect(actions).toEqual(expect.arrayContaining(['dynamodb:GetItem', 'dynamodb:Query']));
    expect(actions).not.toEqual(expect.arrayContaining(['dynamodb:PutItem']));
  });

  it('gives the docs functions no table, bucket or bus access', () => {
    for (const id of ['docs-openapi', 'docs-page', 'docs-asset']) {
      expect(actionsOf(roleStatements(id)).filter((a) => !RUNTIME.includes(a))).toEqual([]);
    }
  });

  it('gives the authorizer the table (identities, request counters) and nothing else', () => {
    expect(actionsOf(roleStatements('AuthorizerFunction'))).toEqual([...RUNTIME, ...TABLE_WRITE].sort());
  });

  it('names the table and its two indexes, never an index wildcard', () => {
    const resources = JSON.stringify(roleStatements('health-get').map((s) => s.Resource));
    expect(resources).toContain('/index/GSI1');
    expect(resources).toContain('/index/GSI2');
    expect(resources).not.toContain('/index/*');
  });

  it('uses no managed policies and no separate IAM policies: each role carries one inline policy', () => {
    for (const stack of [platform().api, ...platform().routeStacks]) {
      templateOf(stack).resourceCountIs('AWS::IAM::Policy', 0);
      const lambdaRoles = templateOf(stack).findResources('AWS::IAM::Role', {
        Properties: { AssumeRolePolicyDocument: { Statement: [Match.objectLike({ Principal: { Service: 'lambda.amazonaws.com' } })] } },
      });
      for (const role of Object.values(lambdaRoles)) expect(role.Properties.ManagedPolicyArns).toBeUndefined();
    }
  });

  it('ships Swagger UI beside the docs asset bundle and points the handler at it', () => {
    for (const file of ['swagger-ui.css', 'swagger-ui-bundle.js', 'swagger-ui-standalone-preset.js']) {
      expect(existsSync(join(bundleDir('docs-asset'), 'swagger-ui', file))).toBe(true);
    }
    expect(functionPart('docs-asset', 'Function')).toMatchObject({
      Environment: { Variables: expect.objectContaining({ SWAGGER_UI_DIR: '/var/task/swagger-ui' }) },
    });
  });
});
