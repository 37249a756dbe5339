import { RemovalPolicy } from 'aws-cdk-lib';
import { routeId } from '../../lambdas/shared/route';
import { routes } from '../../lambdas/http/routes';
import { environmentNames } from '../../lib/config/environment-config';
import { executionFunctions } from '../../lib/flows/execution-tasks';
import { eventFunctions } from '../../lib/events/event-functions';
import { environmentConfig } from '../../lib/config/environments';

/** Lambda keeps this many executions of an account unreserved, whatever functions reserve. */
const LAMBDA_UNRESERVED_MINIMUM = 100;

/** WAF refuses a rate-based limit under 10 requests per evaluation window. */
const WAF_MINIMUM_LIMIT = 10;

describe('environment configuration', () => {
  it('refuses an unknown environment, naming the valid ones', () => {
    expect(() => environmentConfig('production')).toThrow('unknown environment "production": pass -c env=<dev|staging|prod>');
  });

  it('retains and protects data everywhere but dev', () => {
    for (const name of ['staging', 'prod']) {
      const config = environmentConfig(name);
      expect(config.removalPolicy).toBe(RemovalPolicy.RETAIN);
      expect(config.table).toEqual({ pointInTimeRecovery: true, deletionProtection: true });
      expect(config.bucket.versioned).toBe(true);
    }
    const dev = environmentConfig('dev');
    expect(dev.removalPolicy).toBe(RemovalPolicy.DESTROY);
    expect(dev.table).toEqual({ pointInTimeRecovery: false, deletionProtection: false });
  });

  it.each(environmentNames)('%s allows either every origin or an explicit list of HTTPS origins', (name) => {
    const origins = environmentConfig(name).corsAllowOrigins;
    expect(origins.length).toBeGreaterThan(0);
    if (!origins.includes('*')) for (const origin of origins) expect(origin).toMatch(/^https:\/\/[^/]+$/);
    else expect(origins).toEqual(['*']);
  });

  it.each(environmentNames)('%s limits anonymous callers to API.md’s 60 a minute per IP, within what WAF accepts', (name) => {
    const { waf } = environmentConfig(name);
    expect(waf.anonymousRequestsPerMinutePerIp).toBe(60);
    expect(waf.requestsPerMinutePerIp).toBeGreaterThanOrEqual(waf.anonymousRequestsPerMinutePerIp);
    expect(waf.anonymousRequestsPerMinutePerIp).toBeGreaterThanOrEqual(WAF_MINIMUM_LIMIT);
  });

  it.each(environmentNames)('%s reserves concurrency for every function group within the account limit', (name) => {
    const { accountLimit, reservedPerFunction } = environmentConfig(name).concurrency;
    const reserved =
      reservedPerFunction.authorizer +
      new Set(routes.map(routeId)).size * reservedPerFunction.api +
      executionFunctions.length * reservedPerFunction.executionTasks +
      eventFunctions.length * reservedPerFunction.events;
    expect(Object.values(reservedPerFunction).every((n) => n > 0)).toBe(true);
    expect(reserved).toBeLessThanOrEqual(accountLimit - LAMBDA_UNRESERVED_MINIMUM);
  });

  it.each(environmentNames)('%s keeps the authorizer a larger reservation than any one route can take', (name) => {
    const { reservedPerFunction } = environmentConfig(name).concurrency;
    expect(reservedPerFunction.authorizer).toBeGreaterThan(
      Math.max(reservedPerFunction.api, reservedPerFunction.executionTasks, reservedPerFunction.events),
    );
  });

  it('only allows every origin in dev', () => {
    expect(environmentConfig('dev').corsAllowOrigins).toEqual(['*']);
    expect(environmentConfig('prod').corsAllowOrigins).not.toContain('*');
  });
});
