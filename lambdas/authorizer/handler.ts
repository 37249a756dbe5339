import type { APIGatewayAuthorizerResult, APIGatewayRequestAuthorizerEvent } from 'aws-lambda';
import { logger } from '../shared/logger';
import { flattenPrincipal, type Principal } from '../shared/principal';
import { header } from '../shared/request';
import { verifyBearer } from './identity';

/**
 * The REQUEST authorizer in front of every protected method, deployed and locally alike.
 * Throwing `Unauthorized` makes API Gateway answer its UNAUTHORIZED gateway response (the 401 envelope).
 */
export const handler = async (event: APIGatewayRequestAuthorizerEvent): Promise<APIGatewayAuthorizerResult> => {
  const identity = await verifyBearer(header(event, 'authorization'));
  if (!identity) {
    logger.info('request refused by the authorizer', { path: event.path, reason: 'no valid credentials' });
    throw new Error('Unauthorized');
  }
  const principal: Principal = {
    ...identity,
    auth_type: 'jwt',
    scopes: ['read', 'write', 'execute', 'admin'],
    workspace_id: null,
    role: null,
    tier: null,
  };
  return {
    principalId: principal.user_id,
    policyDocument: {
      Version: '2012-10-17',
      Statement: [{ Action: 'execute-api:Invoke', Effect: 'Allow', Resource: event.methodArn }],
    },
    context: flattenPrincipal(principal),
  };
};
