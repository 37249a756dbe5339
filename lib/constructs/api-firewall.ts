import type { Stage } from 'aws-cdk-lib/aws-apigateway';
import { CfnWebACL, CfnWebACLAssociation } from 'aws-cdk-lib/aws-wafv2';
import { Construct } from 'constructs';
import type { EnvironmentConfig } from '../config/environment-config';

/** WAF's shortest evaluation window; limits are counted per window, so per-minute figures apply as written. */
const WINDOW_SECONDS = 60;

const visibility = (metricName: string): CfnWebACL.VisibilityConfigProperty => ({
  metricName,
  cloudWatchMetricsEnabled: true,
  sampledRequestsEnabled: true,
});

const headerPresent = (name: string): CfnWebACL.StatementProperty => ({
  sizeConstraintStatement: {
    // `singleHeader` is untyped JSON in the L1, so CDK does not capitalise its keys for us.
    fieldToMatch: { singleHeader: { Name: name } },
    comparisonOperator: 'GT',
    size: 0,
    textTransformations: [{ priority: 0, type: 'NONE' }],
  },
});

/** Requests that carry neither kind of credential of API.md §1. */
const anonymous: CfnWebACL.StatementProperty = {
  notStatement: { statement: { orStatement: { statements: [headerPresent('authorization'), headerPresent('x-api-key')] } } },
};

const perIpRateRule = (name: string, priority: number, limit: number, scopeDown?: CfnWebACL.StatementProperty): CfnWebACL.RuleProperty => ({
  name,
  priority,
  action: { block: {} },
  statement: {
    rateBasedStatement: { aggregateKeyType: 'IP', limit, evaluationWindowSec: WINDOW_SECONDS, scopeDownStatement: scopeDown },
  },
  visibilityConfig: visibility(name),
});

/**
 * An AWS managed rule group, blocking what it matches except the rules named in `countOnly`, which are
 * only counted (visible in metrics and samples) because legitimate requests of this API match them.
 */
const managedRuleGroup = (name: string, priority: number, countOnly: readonly string[] = []): CfnWebACL.RuleProperty => ({
  name,
  priority,
  overrideAction: { none: {} },
  statement: {
    managedRuleGroupStatement: {
      vendorName: 'AWS',
      name,
      ruleActionOverrides: countOnly.length > 0 ? countOnly.map((rule) => ({ name: rule, actionToUse: { count: {} } })) : undefined,
    },
  },
  visibilityConfig: visibility(name),
});

/**
 * Bodies above the common rule set's 8 KB are legitimate here (avatars up to 2 MiB, credentials bundles);
 * each endpoint's own body limit answers 413 for those instead.
 */
const COMMON_RULES_COUNTED = ['SizeRestrictions_BODY'];

/**
 * Per-IP rate limits in front of the stage, then AWS's common rule set and known-bad-inputs
 * (Log4j-style lookups, Java deserialization, request smuggling) on whatever passes them.
 * Per-workspace limits are the tiers' usage plans; this protects what those cannot see: callers
 * without credentials (API.md §1: 60/min by default) and, with a higher ceiling, callers sending
 * junk credentials to flood the authorizer.
 * A block answers the WAF_FILTERED gateway response.
 */
export class ApiFirewall extends Construct {
  readonly webAcl: CfnWebACL;

  constructor(scope: Construct, id: string, props: { stage: Stage; config: EnvironmentConfig }) {
    super(scope, id);
    const { waf, name } = props.config;
    this.webAcl = new CfnWebACL(this, 'WebAcl', {
      scope: 'REGIONAL',
      defaultAction: { allow: {} },
      visibilityConfig: visibility(`agent-platform-${name}`),
      rules: [
        perIpRateRule('AnonymousPerIp', 0, waf.anonymousRequestsPerMinutePerIp, anonymous),
        perIpRateRule('AnyCallerPerIp', 1, waf.requestsPerMinutePerIp),
        managedRuleGroup('AWSManagedRulesCommonRuleSet', 2, COMMON_RULES_COUNTED),
        managedRuleGroup('AWSManagedRulesKnownBadInputsRuleSet', 3),
      ],
    });
    new CfnWebACLAssociation(this, 'StageAssociation', {
      resourceArn: props.stage.stageArn,
      webAclArn: this.webAcl.attrArn,
    });
  }
}
