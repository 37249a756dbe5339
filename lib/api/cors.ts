import { Duration } from 'aws-cdk-lib';
import type { CorsOptions } from 'aws-cdk-lib/aws-apigateway';
import { CORS_REQUEST_HEADERS } from '../../lambdas/shared/cors';

/** The OPTIONS (preflight) answer on every resource with methods. */
export const preflightOptions = (allowOrigins: readonly string[]): CorsOptions => ({
  allowOrigins: [...allowOrigins],
  allowHeaders: CORS_REQUEST_HEADERS,
  maxAge: Duration.hours(1),
});
