import type { Stack } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { environmentConfig } from '../../lib/config/environments';
import { environmentNames } from '../../lib/config/environment-config';
import { lazily, synthPlatform, templateOf } from '../support/infra-platform';

const RESOURCE_BUDGET = 450;
const platforms = Object.fromEntries(environmentNames.map((env) => [env, lazily(() => synthPlatform(env))]));
const platformOf = (env: string) => (platforms[env] as () => ReturnType<typeof synthPlatform>)();

describe.each(environmentNames)('the %s environment', (env) => {
  it('has no cdk-nag (AwsSolutions) error or warning, nor any construct warning, left unacknowledged', () => {
    expect(platformOf(env).violations).toEqual([]);
  });

  it(`keeps every stack, parent and nested, under ${RESOURCE_BUDGET} resources`, () => {
    const { data, events, api, routeStacks } = platformOf(env);
    const counts = [data, events, api, ...routeStacks].map((stack) => ({
      stack: stack.node.path,
      resources: Object.keys(templateOf(stack).toJSON().Resources).length,
    }));
    expect(counts.filter((c) => c.resources >= RESOURCE_BUDGET)).toEqual([]);
    expect(counts).toHaveLength(3 + routeStacks.length);
  });
});

describe('the compliance checks', () => {
  it('report a finding nobody acknowledged', () => {
    const unchecked = synthPlatformWith((stack) => new Bucket(stack, 'UncheckedBucket'));
    expect(unchecked).toEqual(
      expect.arrayContaining([expect.objectContaining({ rule: 'AwsSolutions-S1', paths: [expect.stringContaining('UncheckedBucket')] })]),
    );
  });

  it('pass with an external OIDC issuer, which replaces the Cognito user pool', () => {
    const config = { ...environmentConfig('prod'), identity: { issuer: 'https://clerk.example.com', audience: 'agent-platform' } };
    const platform = synthPlatform(config);
    templateOf(platform.api).resourceCountIs('AWS::Cognito::UserPool', 0);
    templateOf(platform.api).resourceCountIs('AWS::Cognito::UserPoolGroup', 0);
    // An external issuer's groups never make platform operators.
    const authorizer = templateOf(platform.api).findResources('AWS::Lambda::Function', {
      Properties: { Environment: { Variables: Match.objectLike({ JWT_ISSUER: 'https://clerk.example.com' }) } },
    });
    expect(Object.values(authorizer).map((f) => f.Properties.Environment.Variables.PLATFORM_ADMIN_GROUP_TRUSTED)).toEqual([undefined]);
    expect(platform.violations).toEqual([]);
  });
});

/** The dev platform's findings with one extra construct added to its Data stack before synthesis. */
const synthPlatformWith = (add: (stack: Stack) => void) => synthPlatform('dev', undefined, (platform) => add(platform.data)).violations;
