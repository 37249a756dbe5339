import { AuthorizationType, type IAuthorizer } from 'aws-cdk-lib/aws-apigateway';
import type { RouteDefinition } from '../../lambdas/shared/route';
import { getHealth } from '../../lambdas/http/health/routes';
import { accessStatements } from '../../lib/api/access-policy';
import { gatewayAllowOrigin, gatewayErrorHeaders, gatewayErrors } from '../../lib/api/gateway-responses';
import { authorizationFor } from '../../lib/api/method-authorization';
import { resourceOwners, SHARED } from '../../lib/api/resource-ownership';
import { routesByFunction } from '../../lib/api/route-groups';
import { routeTableHash } from '../../lib/api/route-table-hash';
import { AUTHORIZER_ID, functionEntries } from '../../lib/build/function-bundles';
import { eventFunctions, filesReconcile, outboxRelay } from '../../lib/events/event-functions';
import { executionFunctions } from '../../lib/flows/execution-tasks';

const line = (overrides: Partial<RouteDefinition>): RouteDefinition => ({ ...getHealth, ...overrides });
const authorizer: IAuthorizer = { authorizerId: 'authorizer-id', authorizationType: AuthorizationType.CUSTOM };

describe('the authorization of a method', () => {
  it('goes through the Lambda authorizer for a user route, and requires the usage key the authorizer returns', () => {
    expect(authorizationFor({ auth: 'user' }, authorizer)).toEqual({
      authorizer,
      authorizationType: AuthorizationType.CUSTOM,
      apiKeyRequired: true,
    });
  });

  it('is explicitly none, with no authorizer and no usage key, for a public route', () => {
    expect(authorizationFor({ auth: 'none' }, authorizer)).toEqual({ authorizationType: AuthorizationType.NONE });
  });
});

describe('resource ownership', () => {
  const owners = resourceOwners([
    line({ path: '/api/health', handler: 'health/get' }),
    line({ path: '/api/agents', handler: 'agents/list' }),
    line({ path: '/api/agents/{agent}', handler: 'agents/get' }),
    line({ path: '/api/agents/{agent}/executions', handler: 'executions/list' }),
    line({ path: '/docs/{asset}', handler: 'docs/asset' }),
  ]);

  it('gives the parent every path that more than one domain crosses', () => {
    expect(owners.get('/api')).toBe(SHARED);
    expect(owners.get('/api/agents')).toBe(SHARED);
    expect(owners.get('/api/agents/{agent}')).toBe(SHARED);
  });

  it("leaves a path only one domain uses to that domain's nested stack", () => {
    expect(owners.get('/api/agents/{agent}/executions')).toBe('executions');
    expect(owners.get('/api/health')).toBe('health');
    expect(owners.get('/docs')).toBe('docs');
  });
});

describe('functions of the route table', () => {
  it(
    'are one per handler, shared by the routes that name it, ' +
      'plus the authorizer, the event functions, the execution flow functions and the webhook path',
    () => {
      const table = [line({ method: 'PUT', handler: 'agents/update' }), line({ method: 'PATCH', handler: 'agents/update' })];
      expect([...routesByFunction(table).keys()]).toEqual(['agents-update']);
      expect(functionEntries(table).map((e) => e.id)).toEqual([
        'agents-update',
        AUTHORIZER_ID,
        ...[...eventFunctions, outboxRelay, filesReconcile].map(() => expect.stringMatching(/^events-/)),
        ...executionFunctions.map(() => expect.stringMatching(/^flow-(executions|graduations)-/)),
        'events-webhook-fan-out',
        'events-webhook-deliver',
      ]);
    },
  );

  it("keep a moved handler's function under the id its line names, so the deployed function is not replaced", () => {
    const moved = line({ handler: 'agents/shares/add', functionId: 'agents-share' });
    expect([...routesByFunction([moved]).keys()]).toEqual(['agents-share']);
    expect(functionEntries([moved])[0]).toEqual({ id: 'agents-share', source: 'lambdas/http/agents/shares/add.ts' });
  });

  it("refuse a function id that names another handler's function", () => {
    const table = [line({ handler: 'agents/share' }), line({ handler: 'agents/shares/add', functionId: 'agents-share' })];
    expect(() => routesByFunction(table)).toThrow(/agents-share would serve different handlers/);
  });

  it('bundle the usage-key sync from lambdas/events under its own id', () => {
    expect(functionEntries([])).toContainEqual({ id: 'events-usage-keys', source: 'lambdas/events/usage-keys.ts' });
  });

  it('refuse two routes sharing a handler with different access, since they would share one role', () => {
    const table = [
      line({ handler: 'agents/update', access: { table: 'write' } }),
      line({ handler: 'agents/update', access: { table: 'read' } }),
    ];
    expect(() => routesByFunction(table)).toThrow(/agents-update declare different access/);
  });
});

describe('the route table hash', () => {
  const table = [line({ path: '/api/a' }), line({ path: '/api/b' })];

  it('is the same for the same routes in another order or with other descriptions', () => {
    expect(routeTableHash([...table].reverse())).toBe(routeTableHash(table));
    expect(routeTableHash(table.map((r) => ({ ...r, summary: 'reworded' })))).toBe(routeTableHash(table));
  });

  it('is the same when a handler file moves but its function keeps its id, and changes when the function does', () => {
    const moved = (handler: string) => [line({ path: '/api/a', handler }), table[1] as RouteDefinition];
    expect(routeTableHash(moved('agents/files/list'))).toBe(routeTableHash(moved('agents/files-list')));
    expect(routeTableHash(moved('agents/files-read'))).not.toBe(routeTableHash(moved('agents/files-list')));
  });

  it('changes when a method, a path or an authorization changes', () => {
    expect(routeTableHash([line({ path: '/api/a', method: 'POST' }), table[1] as RouteDefinition])).not.toBe(routeTableHash(table));
    expect(routeTableHash([line({ path: '/api/c' }), table[1] as RouteDefinition])).not.toBe(routeTableHash(table));
    expect(routeTableHash([line({ path: '/api/a', auth: 'user' }), table[1] as RouteDefinition])).not.toBe(routeTableHash(table));
  });
});

describe('access statements', () => {
  const targets = { tableArn: 'arn:table', bucketArn: 'arn:bucket', eventBusArn: 'arn:bus', credentialsKeyArn: 'arn:key' };

  it('grant nothing for an empty declaration', () => {
    expect(accessStatements({}, targets)).toEqual([]);
  });

  it('grant publishing on the platform bus and nothing else for bus: publish', () => {
    expect(accessStatements({ bus: 'publish' }, targets).map((s) => s.toStatementJson())).toEqual([
      { Sid: 'EventBus', Effect: 'Allow', Action: 'events:PutEvents', Resource: 'arn:bus' },
    ]);
  });

  it('let secrets: read unwrap data keys of the credentials key only, and write also make them', () => {
    expect(accessStatements({ secrets: 'read' }, targets).map((s) => s.toStatementJson())).toEqual([
      { Sid: 'CredentialsKey', Effect: 'Allow', Action: 'kms:Decrypt', Resource: 'arn:key' },
    ]);
    expect(accessStatements({ secrets: 'write' }, targets).map((s) => s.toStatementJson())).toEqual([
      { Sid: 'CredentialsKey', Effect: 'Allow', Action: ['kms:Decrypt', 'kms:GenerateDataKey'], Resource: 'arn:key' },
    ]);
  });

  it(
    'let executions start a run of the one state machine, or control (stop, answer) its runs, ' +
      'and schedules manage the group with its role',
    () => {
      const flow = {
        ...targets,
        stateMachineArn: 'arn:sm',
        stateMachineExecutionsArn: 'arn:sm-runs/*',
        schedulesArn: 'arn:schedules/*',
        schedulerRoleArn: 'arn:role',
      };
      expect(accessStatements({ executions: 'start' }, flow).map((s) => s.toStatementJson())).toEqual([
        { Sid: 'StartExecutions', Effect: 'Allow', Action: 'states:StartExecution', Resource: 'arn:sm' },
      ]);
      expect(accessStatements({ executions: 'control' }, flow).map((s) => s.toStatementJson())).toEqual([
        { Sid: 'StopExecutions', Effect: 'Allow', Action: 'states:StopExecution', Resource: 'arn:sm-runs/*' },
        { Sid: 'AnswerHeldSteps', Effect: 'Allow', Action: ['states:SendTaskSuccess', 'states:SendTaskFailure'], Resource: 'arn:sm' },
      ]);
      expect(accessStatements({ schedules: 'manage' }, flow).map((s) => s.toStatementJson())).toEqual([
        {
          Sid: 'Schedules',
          Effect: 'Allow',
          Action: ['scheduler:CreateSchedule', 'scheduler:UpdateSchedule', 'scheduler:DeleteSchedule', 'scheduler:GetSchedule'],
          Resource: 'arn:schedules/*',
        },
        { Sid: 'PassSchedulerRole', Effect: 'Allow', Action: 'iam:PassRole', Resource: 'arn:role' },
      ]);
      expect(() => accessStatements({ executions: 'start' }, targets)).toThrow(/no execution state machine/);
    },
  );
});

describe('the CORS origin of gateway responses', () => {
  it('is the one allowed origin, or `*`, when there is only one', () => {
    expect(gatewayAllowOrigin(['*'])).toBe("'*'");
    expect(gatewayAllowOrigin(['https://app.example'])).toBe("'https://app.example'");
  });

  it("never echoes the caller's origin when several are allowed: a foreign site cannot read gateway errors", () => {
    const origin = gatewayAllowOrigin(['https://a.example', 'https://b.example']);
    expect(origin).toBe("'https://a.example'");
    expect(Object.values(gatewayErrorHeaders(gatewayErrors[0]!, ['https://a.example', 'https://b.example']))).not.toContain(
      'method.request.header.Origin',
    );
  });
});
