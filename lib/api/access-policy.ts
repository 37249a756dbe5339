import { Aws } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { Access } from '../../lambdas/shared/route';
import { type AccessTargets, accessGrants } from './access-grants';

/** Exactly the statements a route line's `access` declares; an empty declaration grants nothing. */
export const accessStatements = (access: Access, targets: AccessTargets): PolicyStatement[] =>
  accessGrants(access, targets).map((grant) => new PolicyStatement(grant));

/** API Gateway's management API authorizes a call as its HTTP verb on the resource's path. */
const apiGatewayArn = (path: string): string => `arn:${Aws.PARTITION}:apigateway:${Aws.REGION}::${path}`;

/** Key ids are only known once a key is created, hence the one wildcard, under each plan's own keys. */
export const usagePlanKeyArns = (planId: string): string => apiGatewayArn(`/usageplans/${planId}/keys/*`);

/**
 * Exactly the calls of the usage-key sync: find a key by name (GetApiKeys), create one (CreateApiKey),
 * put it on a plan (CreateUsagePlanKey), take it off one (DeleteUsagePlanKey); only on the tiers' plans.
 */
export const usagePlanKeyStatements = (planIds: readonly string[]): PolicyStatement[] => [
  new PolicyStatement({ sid: 'FindApiKeys', actions: ['apigateway:GET'], resources: [apiGatewayArn('/apikeys')] }),
  new PolicyStatement({ sid: 'CreateApiKeys', actions: ['apigateway:POST'], resources: [apiGatewayArn('/apikeys')] }),
  new PolicyStatement({
    sid: 'AttachKeysToPlans',
    actions: ['apigateway:POST'],
    resources: planIds.map((id) => apiGatewayArn(`/usageplans/${id}/keys`)),
  }),
  new PolicyStatement({ sid: 'DetachKeysFromPlans', actions: ['apigateway:DELETE'], resources: planIds.map(usagePlanKeyArns) }),
];

/** What every function needs whatever its route: its own log group, and X-Ray. */
export const runtimeStatements = (logGroupArn: string): PolicyStatement[] => [
  new PolicyStatement({ sid: 'Logs', actions: ['logs:CreateLogStream', 'logs:PutLogEvents'], resources: [logGroupArn] }),
  // X-Ray's segment APIs have no resource-level permissions: `*` is the only valid resource.
  new PolicyStatement({ sid: 'Tracing', actions: ['xray:PutTraceSegments', 'xray:PutTelemetryRecords'], resources: ['*'] }),
];
