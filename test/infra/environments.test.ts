import { RemovalPolicy } from 'aws-cdk-lib';
import { environmentNames } from '../../lib/config/environment-config';
import { environmentConfig } from '../../lib/config/environments';

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

  it('only allows every origin in dev', () => {
    expect(environmentConfig('dev').corsAllowOrigins).toEqual(['*']);
    expect(environmentConfig('prod').corsAllowOrigins).not.toContain('*');
  });
});
