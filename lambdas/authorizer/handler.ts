import type { APIGatewayAuthorizerResult, APIGatewayRequestAuthorizerEvent } from 'aws-lambda';
import { optionalEnv } from '../shared/env';
import { logger } from '../shared/logger';
import { flattenPrincipal, refusalContext } from '../shared/principal';
import { header } from '../shared/request';
import { isWellFormedWorkspaceHeader, requestedWorkspaceOf } from '../shared/workspace-header';
import { verifyBearer } from './identity';
import { type Resolution, resolveApiKey, resolveToken } from './resolve';
import { observed } from '../shared/observability';

/**
 * The REQUEST authorizer in front of every protected method, deployed and locally alike.
 * Throwing `Unauthorized` makes API Gateway answer its UNAUTHORIZED gateway response (401);
 * a Deny policy its ACCESS_DENIED response (403). Results are never cached, so a revoked API key
 * fails on the next request.
 */

/**
 * Deployed, API Gateway meters each workspace by the usage key this returns. A caller without a
 * workspace yet (or one whose key is still being created) is metered on the onboarding plan.
 */
const onboardingUsageKey = optionalEnv('ONBOARDING_USAGE_KEY');
/** Requests answered 401 or 404 whoever sends them are metered apart, never on the onboarding plan. */
const refusalsUsageKey = optionalEnv('REFUSALS_USAGE_KEY');

const resolve = async (event: APIGatewayRequestAuthorizerEvent): Promise<Resolution> => {
  const requestedWorkspace = requestedWorkspaceOf(event);
  // Never a key read: the handler answers 400 naming the header.
  if (!isWellFormedWorkspaceHeader(requestedWorkspace)) return { kind: 'refused', reason: 'X-Workspace-ID is not a workspace id' };
  const apiKey = header(event, 'x-api-key');
  if (apiKey) return resolveApiKey(apiKey, requestedWorkspace);
  const bearer = await verifyBearer(header(event, 'authorization'));
  if (bearer.kind === 'refused') return { kind: 'refused', reason: bearer.reason };
  return bearer.kind === 'verified' ? resolveToken(bearer.identity, requestedWorkspace) : { kind: 'unauthenticated' };
};

const policy = (effect: 'Allow' | 'Deny', resource: string) => ({
  Version: '2012-10-17',
  Statement: [{ Action: 'execute-api:Invoke', Effect: effect, Resource: resource }],
});

export const handler = observed(async (event: APIGatewayRequestAuthorizerEvent): Promise<APIGatewayAuthorizerResult> => {
  const resolution = await resolve(event);
  if (resolution.kind === 'unauthenticated') {
    logger.info('request refused by the authorizer', { path: event.path, reason: 'no valid credentials' });
    throw new Error('Unauthorized');
  }
  if (resolution.kind === 'forbidden') {
    logger.info('request refused by the authorizer', { path: event.path, reason: 'API key used for another workspace' });
    return { principalId: 'api-key', policyDocument: policy('Deny', event.methodArn) };
  }
  if (resolution.kind === 'refused') {
    // API Gateway's own 401 cannot say why; the handler answers 401 with this reason instead (no principal passes).
    logger.info('request refused by the authorizer', { path: event.path, reason: resolution.reason });
    return {
      principalId: 'refused',
      policyDocument: policy('Allow', event.methodArn),
      context: refusalContext(resolution.reason),
      ...(refusalsUsageKey ? { usageIdentifierKey: refusalsUsageKey } : {}),
    };
  }
  const { principal } = resolution;
  // A workspace the caller is not in (or that does not exist) answers 404 like any other: metered as a refusal.
  const usageIdentifierKey = principal.requested_workspace_id ? refusalsUsageKey : (resolution.usageKey ?? onboardingUsageKey);
  return {
    principalId: principal.user_id,
    policyDocument: policy('Allow', event.methodArn),
    context: flattenPrincipal(principal),
    ...(usageIdentifierKey ? { usageIdentifierKey } : {}),
  };
});
