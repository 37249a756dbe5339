import { AccessLogField, AccessLogFormat, Deployment, LogGroupLogDestination, type RestApi, Stage } from 'aws-cdk-lib/aws-apigateway';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { Construct, type IConstruct } from 'constructs';
import type { EnvironmentConfig } from '../config/environment-config';

export interface ApiStageProps {
  api: RestApi;
  config: EnvironmentConfig;
  /** Constructs whose methods the deployment must contain: the nested route stacks, the root method. */
  methodOwners: readonly IConstruct[];
  /** Anything whose change must redeploy the stage (the route table's hash, gateway responses, CORS). */
  fingerprint: Record<string, unknown>;
}

/** One JSON line per request; the workspace comes from the authorizer's context when there is one. */
const accessLogFormat = AccessLogFormat.custom(
  JSON.stringify({
    request_id: AccessLogField.contextRequestId(),
    time_epoch_ms: AccessLogField.contextRequestTimeEpoch(),
    ip: AccessLogField.contextIdentitySourceIp(),
    user_agent: AccessLogField.contextIdentityUserAgent(),
    method: AccessLogField.contextHttpMethod(),
    resource: AccessLogField.contextResourcePath(),
    path: AccessLogField.contextPath(),
    status: AccessLogField.contextStatus(),
    response_length: AccessLogField.contextResponseLength(),
    latency_ms: AccessLogField.contextResponseLatency(),
    integration_latency_ms: AccessLogField.contextIntegrationLatency(),
    user_id: AccessLogField.contextAuthorizer('user_id'),
    workspace_id: AccessLogField.contextAuthorizer('workspace_id'),
    authorizer_error: AccessLogField.contextAuthorizerError(),
    error_type: AccessLogField.contextErrorResponseType(),
    waf_status: AccessLogField.contextWafResponseCode(),
    xray_trace_id: AccessLogField.contextXrayTraceId(),
  }),
);

/**
 * The deployment and the stage named after the environment. Usage plans (one per tier) and the
 * web ACL attach to `stage`.
 */
export class ApiStage extends Construct {
  readonly stage: Stage;

  constructor(scope: Construct, id: string, props: ApiStageProps) {
    super(scope, id);
    const { api, config } = props;
    const deployment = new Deployment(this, 'Deployment', { api, description: `agent-platform ${config.name}` });
    for (const owner of props.methodOwners) deployment.node.addDependency(owner);
    deployment.addToLogicalId(props.fingerprint);

    const accessLogs = new LogGroup(this, 'AccessLogs', { retention: config.logRetention, removalPolicy: config.removalPolicy });
    this.stage = new Stage(this, 'Stage', {
      deployment,
      stageName: config.name,
      accessLogDestination: new LogGroupLogDestination(accessLogs),
      accessLogFormat,
      tracingEnabled: true,
      metricsEnabled: config.detailedMetrics,
      loggingLevel: config.executionLogLevel,
      dataTraceEnabled: false,
      throttlingRateLimit: config.throttling.rateLimit,
      throttlingBurstLimit: config.throttling.burstLimit,
    });
    // A RestApi built with `deploy: false` has no stage of its own; this makes `api.url` and its metrics address this one.
    api.deploymentStage = this.stage;
  }
}
