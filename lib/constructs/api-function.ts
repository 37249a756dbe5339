import { existsSync } from 'node:fs';
import { Duration } from 'aws-cdk-lib';
import { PolicyDocument, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Code, Function as LambdaFunction, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import type { Access } from '../../lambdas/http/route';
import { type AccessTargets, accessStatements, bucketObjectsArn, runtimeStatements } from '../api/access-policy';
import { bundleDir } from '../build/function-bundles';
import { acknowledgeBucketObjectsWildcard, acknowledgeXRayWildcard } from '../compliance/acknowledgements';
import type { EnvironmentConfig } from '../config/environment-config';

export interface ApiFunctionProps {
  /** Bundle directory under `dist/functions` (a route id, or `authorizer`). */
  bundleId: string;
  access: Access;
  targets: AccessTargets;
  environment: Record<string, string>;
  config: EnvironmentConfig;
}

const bundleCode = (bundleId: string): Code => {
  const dir = bundleDir(bundleId);
  if (!existsSync(dir)) throw new Error(`no bundle at ${dir}: run \`npm run build\` (or synth without SKIP_BUNDLE)`);
  return Code.fromAsset(dir);
};

/**
 * One function with its own log group and its own role, whose single inline policy grants exactly
 * the declared access plus logging and tracing (no managed policy, no separate IAM::Policy).
 */
export class ApiFunction extends Construct {
  readonly function: LambdaFunction;

  constructor(scope: Construct, id: string, props: ApiFunctionProps) {
    super(scope, id);
    const { config } = props;
    const logGroup = new LogGroup(this, 'Logs', { retention: config.logRetention, removalPolicy: config.removalPolicy });
    const role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      inlinePolicies: {
        access: new PolicyDocument({
          statements: [...runtimeStatements(logGroup.logGroupArn), ...accessStatements(props.access, props.targets)],
        }),
      },
    });
    acknowledgeXRayWildcard(role);
    if (props.access.bucket) acknowledgeBucketObjectsWildcard(role, bucketObjectsArn(props.targets.bucketArn));

    this.function = new LambdaFunction(this, 'Function', {
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      code: bundleCode(props.bundleId),
      handler: 'index.handler',
      memorySize: config.functions.memorySize,
      timeout: Duration.seconds(config.functions.timeoutSeconds),
      // Tracing would add X-Ray grants to a separate default policy; they are in the inline one already.
      role: role.withoutPolicyUpdates(),
      logGroup,
      tracing: Tracing.ACTIVE,
      environment: { ...props.environment, NODE_OPTIONS: '--enable-source-maps' },
    });
  }
}
