import { Match } from 'aws-cdk-lib/assertions';
import { type Tier, TIERS, tierLimits } from '../../lambdas/domain/tiers';
import { environmentNames } from '../../lib/config/environment-config';
import { onboardingUsageKeyValue, refusalsUsageKeyValue } from '../../lib/constructs/usage-plans';
import { lazily, synthPlatform, templateOf } from '../support/infra-platform';

const parent = lazily(() => templateOf(synthPlatform('prod').api));

interface PlanProps {
  UsagePlanName: string;
  Throttle: unknown;
  Quota?: unknown;
  ApiStages: unknown[];
}

const plans = (): [string, PlanProps][] =>
  Object.entries(parent().findResources('AWS::ApiGateway::UsagePlan')).map(([id, r]) => [id, r.Properties as PlanProps]);

const plan = (name: Tier | 'onboarding' | 'refusals'): { id: string; props: PlanProps } => {
  const found = plans().find(([, p]) => p.UsagePlanName === `agent-platform-prod-${name}`);
  if (!found) throw new Error(`no usage plan ${name}`);
  return { id: found[0], props: found[1] };
};

const keyIdWithValue = (value: string): string => {
  const found = Object.entries(parent().findResources('AWS::ApiGateway::ApiKey')).find(
    ([, r]) => (r.Properties as { Value?: string }).Value === value,
  );
  if (!found) throw new Error('no API key with that value');
  return found[0];
};

const onlyLogicalId = (type: string): string => {
  const ids = Object.keys(parent().findResources(type));
  expect(ids).toHaveLength(1);
  return ids[0] as string;
};

describe('the usage plans', () => {
  it('are one per tier of the tier table plus the onboarding and refusals plans, each on the stage', () => {
    expect(
      plans()
        .map(([, p]) => p.UsagePlanName)
        .sort(),
    ).toEqual([...TIERS, 'onboarding', 'refusals'].map((n) => `agent-platform-prod-${n}`).sort());
    const onTheStage = [
      { ApiId: { Ref: onlyLogicalId('AWS::ApiGateway::RestApi') }, Stage: { Ref: onlyLogicalId('AWS::ApiGateway::Stage') }, Throttle: {} },
    ];
    for (const [, p] of plans()) expect(p.ApiStages).toEqual(onTheStage);
  });

  it.each(TIERS)(
    '%s throttles at its requests per minute spread over each second, bursts at its burst and counts its daily quota',
    (tier) => {
      const limits = tierLimits[tier];
      const { props } = plan(tier);
      expect(props.Throttle).toEqual({ RateLimit: limits.requestsPerMinute / 60, BurstLimit: limits.burst });
      expect(props.Quota).toEqual(limits.requestsPerDay === null ? undefined : { Limit: limits.requestsPerDay, Period: 'DAY' });
    },
  );

  it('hold a free workspace to 50 requests a day, at 1 a second with bursts of 10', () => {
    expect(plan('free').props).toMatchObject({ Quota: { Limit: 50, Period: 'DAY' }, Throttle: { RateLimit: 1, BurstLimit: 10 } });
  });

  it('give enterprise no daily quota, only its throttle', () => {
    expect(plan('enterprise').props.Quota).toBeUndefined();
    expect(plan('enterprise').props.Throttle).toEqual({ RateLimit: 2000 / 60, BurstLimit: 400 });
  });

  it('meter callers without a workspace on the onboarding plan: 20 a second, bursts of 40, no quota', () => {
    expect(plan('onboarding').props).toMatchObject({ Throttle: { RateLimit: 20, BurstLimit: 40 } });
    expect(plan('onboarding').props.Quota).toBeUndefined();
  });
});

describe('the onboarding key', () => {
  it('is one of the two API keys the stack creates, on the onboarding plan only', () => {
    parent().resourceCountIs('AWS::ApiGateway::ApiKey', 2);
    parent().resourceCountIs('AWS::ApiGateway::UsagePlanKey', 2);
    const keyId = keyIdWithValue(onboardingUsageKeyValue('prod'));
    parent().hasResourceProperties('AWS::ApiGateway::UsagePlanKey', {
      KeyId: { Ref: keyId },
      KeyType: 'API_KEY',
      UsagePlanId: { Ref: plan('onboarding').id },
    });
    parent().hasResourceProperties('AWS::ApiGateway::ApiKey', { Enabled: true, Value: onboardingUsageKeyValue('prod') });
  });

  it('is the value the authorizer returns for callers without a workspace key', () => {
    parent().hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ JWT_ISSUER: Match.anyValue(), ONBOARDING_USAGE_KEY: onboardingUsageKeyValue('prod') }) },
    });
  });

  it('is as long as API Gateway requires, the same at every synth and different in every environment', () => {
    expect(onboardingUsageKeyValue('prod')).toMatch(/^[0-9a-f]{64}$/);
    expect(onboardingUsageKeyValue('prod')).toBe(onboardingUsageKeyValue('prod'));
    expect(new Set(environmentNames.map(onboardingUsageKeyValue)).size).toBe(environmentNames.length);
  });
});

describe('the refusals plan', () => {
  it(
    'meters requests refused whoever sends them (foreign X-Workspace-ID, refused tokens) apart from onboarding: ' +
      '5 a second, bursts of 10',
    () => {
      expect(plan('refusals').props).toMatchObject({ Throttle: { RateLimit: 5, BurstLimit: 10 } });
      expect(plan('refusals').props.Quota).toBeUndefined();
      const keyId = keyIdWithValue(refusalsUsageKeyValue('prod'));
      parent().hasResourceProperties('AWS::ApiGateway::UsagePlanKey', {
        KeyId: { Ref: keyId },
        KeyType: 'API_KEY',
        UsagePlanId: { Ref: plan('refusals').id },
      });
      parent().hasResourceProperties('AWS::Lambda::Function', {
        Environment: { Variables: Match.objectLike({ JWT_ISSUER: Match.anyValue(), REFUSALS_USAGE_KEY: refusalsUsageKeyValue('prod') }) },
      });
      expect(refusalsUsageKeyValue('prod')).not.toBe(onboardingUsageKeyValue('prod'));
    },
  );
});
