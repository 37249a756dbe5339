import { createHash } from 'node:crypto';
import { ApiKey, Period, type QuotaSettings, type Stage, type ThrottleSettings, UsagePlan } from 'aws-cdk-lib/aws-apigateway';
import { Construct } from 'constructs';
import { type Tier, type TierLimits, TIERS, tierLimits } from '../../lambdas/domain/tiers';
import type { EnvironmentName } from '../config/environment-config';

const SECONDS_PER_MINUTE = 60;

/** API Gateway's throttle is a token bucket: a steady rate in requests per second, and a burst above it. */
export const tierThrottle = (limits: TierLimits): ThrottleSettings => ({
  rateLimit: limits.requestsPerMinute / SECONDS_PER_MINUTE,
  burstLimit: limits.burst,
});

/** A daily quota (reset at 00:00 UTC) when the tier has one; enterprise has none. */
export const tierQuota = (limits: TierLimits): QuotaSettings | undefined =>
  limits.requestsPerDay === null ? undefined : { limit: limits.requestsPerDay, period: Period.DAY };

/**
 * Signed-in callers without a workspace yet (or whose workspace key the usage-key function has not
 * created yet) share this plan. No quota, so creating a first workspace is never refused, and a
 * throttle well above any tier's steady rate per caller yet bounded, since they all share one key;
 * the web ACL's per-IP rules still apply to each of them.
 */
export const ONBOARDING_THROTTLE: ThrottleSettings = { rateLimit: 20, burstLimit: 40 };

/**
 * The onboarding plan's key value, which the authorizer returns as `usageIdentifierKey`. With the
 * API's key source AUTHORIZER, API Gateway never reads a key a client sends, so this value meters
 * requests but grants nothing: it is an identifier, not a secret, and is derived deterministically
 * (API Gateway wants 20–128 characters) so the authorizer can be given it before the plan exists.
 */
export const onboardingUsageKeyValue = (env: EnvironmentName): string =>
  createHash('sha256').update(`AgentPlatform-${env}-onboarding`).digest('hex');

/**
 * Requests that are answered with an error whoever sends them: a token the platform refuses (401), or an
 * `X-Workspace-ID` naming a workspace the caller is not in or that does not exist (404). They are metered
 * on a plan of their own, so a caller flooding them never consumes the onboarding plan new users share;
 * nothing legitimate is ever metered here, so its tight throttle can only slow down errors.
 */
export const REFUSALS_THROTTLE: ThrottleSettings = { rateLimit: 5, burstLimit: 10 };

/** The refusals plan's key value, derived as the onboarding one is. */
export const refusalsUsageKeyValue = (env: EnvironmentName): string =>
  createHash('sha256').update(`AgentPlatform-${env}-refusals`).digest('hex');

export interface UsagePlansProps {
  stage: Stage;
  env: EnvironmentName;
  /** `onboardingUsageKeyValue(env)`, as the authorizer was given it. */
  onboardingUsageKey: string;
  /** `refusalsUsageKeyValue(env)`, as the authorizer was given it. */
  refusalsUsageKey: string;
}

/**
 * One usage plan per tier of `lambdas/domain/tiers.ts` (API.md §1), metering each workspace by its
 * own key (attached by the usage-key function), plus the onboarding and refusals plans with one shared key each.
 */
export class UsagePlans extends Construct {
  /** By tier: the usage-key function's `USAGE_PLAN_IDS`. */
  readonly planIds: Readonly<Record<Tier, string>>;

  constructor(scope: Construct, id: string, props: UsagePlansProps) {
    super(scope, id);
    const { stage, env } = props;
    const apiStages = [{ api: stage.restApi, stage }];
    const plan = (name: string, description: string, throttle: ThrottleSettings, quota?: QuotaSettings): UsagePlan =>
      new UsagePlan(this, name, { name: `agent-platform-${env}-${name}`, description, throttle, quota, apiStages });

    const planIds = {} as Record<Tier, string>;
    for (const tier of TIERS) {
      const limits = tierLimits[tier];
      planIds[tier] = plan(tier, `Workspaces on the ${tier} tier (API.md §1)`, tierThrottle(limits), tierQuota(limits)).usagePlanId;
    }
    this.planIds = planIds;

    const onboarding = plan('onboarding', 'Signed-in callers without a workspace (key) yet', ONBOARDING_THROTTLE);
    onboarding.addApiKey(
      new ApiKey(this, 'OnboardingKey', {
        value: props.onboardingUsageKey,
        description: 'Meters callers without a workspace key; returned by the authorizer, never sent by clients',
      }),
    );
    const refusals = plan(
      'refusals',
      'Requests answered 401 or 404 whoever sends them (refused tokens, foreign X-Workspace-ID)',
      REFUSALS_THROTTLE,
    );
    refusals.addApiKey(
      new ApiKey(this, 'RefusalsKey', {
        value: props.refusalsUsageKey,
        description: 'Meters requests that are refused whoever sends them; returned by the authorizer, never sent by clients',
      }),
    );
  }
}
