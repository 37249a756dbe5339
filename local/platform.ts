import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent, EventBridgeEvent } from 'aws-lambda';
import type { RouteDefinition } from '../lambdas/shared/route';
import { AUTHORIZER_ACCESS } from '../lib/api/access-grants';
import { functionAccess } from '../lib/api/route-cursors';
import { routesByFunction } from '../lib/api/route-groups';
import { ServiceUnavailable } from '../lambdas/domain/errors';
import { WEBHOOK_LOOPBACK_ENV } from '../lambdas/shared/webhook-target-policy';
import { startDynamo, ensureTable } from './dynamodb';
import { LocalEventBus } from './event-bus';
import { localCredentialsKey } from './credentials-key';
import { createGateway, type AuthorizerHandler, type ProxyHandler } from './gateway';
import { exposureRefusal } from './exposure';
import { enforceDeclaredAccess, runAs } from './iam';
import { CallCounter } from './call-counter';
import { IpRateLimiter } from './ip-rate-limiter';
import { TokenBuckets } from './token-buckets';
import { DEV_AUDIENCE, DEV_ISSUER } from './identity';
import { acceptS3Key, S3RVER_CREDENTIALS, startS3 } from './s3';
import { deliverBucketEvents, type LocalBucketEvents } from './s3-events';
import { type LocalExecutions, localExecutionsEnvironment, startLocalExecutions } from './step-functions-runtime';
import { createLocalServer } from './server';
import { type LocalWebhookDelivery, localWebhookEnvironment, startLocalWebhookDelivery } from './webhook-delivery';
import { startTableStream, type TableStream } from './table-stream';
import { LOCAL_AGENT_FILES_ROLE_ARN, LocalSessions, STS_PATH } from './sts-sessions';
import { LAMBDA_PATH, type LocalToolFunctions, loadLocalToolFunctions } from './tool-functions';

/**
 * The whole platform in one process: DynamoDB Local (its stream read by the outbox relay), the S3
 * stand-in, the in-process bus and the dev identity provider behind the same handlers and route table that are deployed. Handlers read
 * the same environment variables CDK sets; only their values point at the stand-ins.
 */

export interface PlatformOptions {
  port: number;
  host: string;
  /** Keep data under this directory; in memory (and a temporary directory for S3) when absent. */
  dataDir?: string;
  /** Unauthenticated requests per minute per address (API.md: 60). */
  publicRateLimit?: number;
  /** Leave workspaces' token buckets out (daily quotas still apply): for test suites that send faster than a tier's rate. */
  unthrottled?: boolean;
  /** Count every request's AWS calls, readable at `/local/calls/{request_id}` (bench and test mode). */
  countCalls?: boolean;
  /** A registry of local stand-ins for the Lambda functions plugin tools run on (see tool-functions.ts). */
  toolFunctions?: string;
  /** Start even on a non-loopback host, exposing the dev identity provider and `/__aws/*` (see exposure.ts). */
  unsafeExpose?: boolean;
  log?: (line: string) => void;
}

export interface RunningPlatform {
  url: string;
  dynamoEndpoint: string;
  dynamoPid: number | undefined;
  s3Endpoint: string;
  tableName: string;
  bucketName: string;
  bus: LocalEventBus;
  /** The in-process state machines (bench reads their runs' transitions). */
  flows: LocalExecutions;
  /**
   * Runs `work` with the call counter (`countCalls`) off, so the requests it sends cost what they cost
   * deployed, where nothing counts them (the bench's throughput).
   */
  uncounted: <T>(work: () => Promise<T>) => Promise<T>;
  stop: () => Promise<void>;
}

const TABLE_NAME = 'agent-platform-local';
const BUCKET_NAME = 'agent-platform-local';
const root = resolve(__dirname, '..');

const configureEnvironment = (dynamoEndpoint: string, s3Endpoint: string, apiUrl: string, toolFunctions: LocalToolFunctions) => {
  Object.assign(process.env, {
    AWS_REGION: process.env.AWS_REGION ?? 'us-east-1',
    AWS_ACCESS_KEY_ID: S3RVER_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: S3RVER_CREDENTIALS.secretAccessKey,
    AWS_ENDPOINT_URL_DYNAMODB: dynamoEndpoint,
    AWS_ENDPOINT_URL_S3: s3Endpoint,
    AWS_ENDPOINT_URL_EVENTBRIDGE: `${apiUrl}/__aws/events`,
    AWS_ENDPOINT_URL_LAMBDA: `${apiUrl}${LAMBDA_PATH}`,
    AWS_ENDPOINT_URL_STS: `${apiUrl}${STS_PATH}`,
    AGENT_FILES_ACCESS_ROLE_ARN: LOCAL_AGENT_FILES_ROLE_ARN,
    PLUGIN_TOOL_FUNCTIONS: JSON.stringify(toolFunctions.registry),
    AWS_REQUEST_CHECKSUM_CALCULATION: 'WHEN_REQUIRED',
    AWS_RESPONSE_CHECKSUM_VALIDATION: 'WHEN_REQUIRED',
    S3_FORCE_PATH_STYLE: 'true',
    TABLE_NAME,
    BUCKET_NAME,
    EVENT_BUS_NAME: 'agent-platform-local',
    PLATFORM_ENV: 'local',
    // Lets a developer register a webhook receiver on localhost; CDK never sets it.
    [WEBHOOK_LOOPBACK_ENV]: 'allow',
    CORS_ALLOW_ORIGINS: '*',
    PLATFORM_VERSION: process.env.npm_package_version ?? '0.1.0',
    JWT_ISSUER: DEV_ISSUER,
    JWT_AUDIENCE: DEV_AUDIENCE,
    // The dev identity provider stands in for the platform's own user pool: its groups are trusted.
    PLATFORM_ADMIN_GROUP_TRUSTED: 'true',
    JWKS_URI: `${apiUrl}/.well-known/jwks.json`,
    LOCAL_CREDENTIALS_KEY: localCredentialsKey(),
    ...localExecutionsEnvironment(apiUrl),
    ...localWebhookEnvironment(apiUrl),
    SWAGGER_UI_DIR: join(root, 'node_modules', 'swagger-ui-dist'),
    POWERTOOLS_LOG_LEVEL: process.env.POWERTOOLS_LOG_LEVEL ?? 'WARN',
    // Metrics are written for CloudWatch to collect; locally they would only flood the console.
    POWERTOOLS_METRICS_DISABLED: process.env.POWERTOOLS_METRICS_DISABLED ?? 'true',
  });
};

/** Each route's handler, run as its deployed function (one per handler module, granted what its routes declare). */
const loadHandlers = async (routes: readonly RouteDefinition[]) => {
  const handlers = new Map<RouteDefinition, ProxyHandler>();
  for (const [name, served] of routesByFunction(routes)) {
    const [first] = served;
    if (!first) continue;
    const module = (await import(join(root, 'lambdas', 'http', `${first.handler}.ts`))) as { handler: ProxyHandler };
    const serves = `route${served.length > 1 ? 's' : ''} ${served.map((r) => `${r.method} ${r.path}`).join(', ')}`;
    const handler = runAs({ name, serves, access: functionAccess(served) }, module.handler);
    for (const route of served) handlers.set(route, handler);
  }
  return handlers;
};

/** The deployed EventBridge rules, on the in-process bus: same patterns, same handlers. */
const subscribeEventFunctions = async (bus: LocalEventBus) => {
  const { eventFunctions, eventFunctionId, eventFunctionSource, localEventPatternOf } = await import('../lib/events/event-functions');
  for (const definition of eventFunctions.filter((f) => f.runsLocally)) {
    const module = (await import(join(root, eventFunctionSource(definition)))) as {
      handler: (event: EventBridgeEvent<string, unknown>) => Promise<void>;
    };
    const handler = runAs(
      { name: eventFunctionId(definition), serves: `event function ${definition.handler}`, access: definition.access },
      module.handler,
    );
    bus.addRule(localEventPatternOf(definition), (event) => handler({ ...event, version: '0', account: '000000000000', region: 'local' }));
  }
};

/** The outbox relay on DynamoDB Local's stream, as Lambda runs it on the table's stream deployed. */
const relayOutbox = async (
  dynamoEndpoint: string,
  streamArn: string,
  dataDir: string | undefined,
  log: (line: string) => void,
): Promise<TableStream> => {
  const { outboxRelay, eventFunctionId, eventFunctionSource } = await import('../lib/events/event-functions');
  const module = (await import(join(root, eventFunctionSource(outboxRelay)))) as {
    handler: (event: DynamoDBStreamEvent) => Promise<DynamoDBBatchResponse>;
  };
  const handler = runAs({ name: eventFunctionId(outboxRelay), serves: 'the outbox relay', access: outboxRelay.access }, module.handler);
  return startTableStream({
    endpoint: dynamoEndpoint,
    streamArn,
    handler,
    checkpointFile: dataDir && join(dataDir, 'outbox-relay.json'),
    log,
  });
};

/** The server listens before the handlers are loaded: until then, callers are told to come back. */
const stillStarting = () => new ServiceUnavailable('the platform is still starting; retry in a second', 1);

const listen = (server: Server, port: number, host: string): Promise<number> =>
  new Promise((resolvePort, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolvePort((server.address() as AddressInfo).port));
  });

export const startPlatform = async (options: PlatformOptions): Promise<RunningPlatform> => {
  const refusal = exposureRefusal(options.host, options.unsafeExpose ?? false);
  if (refusal) throw new Error(refusal);
  const log = options.log ?? (() => undefined);
  const toolFunctions = await loadLocalToolFunctions(options.toolFunctions);
  const sessions = new LocalSessions(acceptS3Key);
  const [dynamo, s3] = await Promise.all([
    startDynamo(options.dataDir && join(options.dataDir, 'dynamodb')),
    startS3(BUCKET_NAME, sessions, options.dataDir && join(options.dataDir, 's3')),
  ]);
  let relay: TableStream | null = null;
  const stopStandIns = async () => {
    await relay?.stop();
    await Promise.all([dynamo.stop(), s3.stop()]);
  };
  try {
    const streamArn = await ensureTable(dynamo.endpoint, TABLE_NAME);
    const bus = new LocalEventBus();
    let gateway: ReturnType<typeof createGateway> | null = null;
    let executions: LocalExecutions | null = null;
    let webhooks: LocalWebhookDelivery | null = null;
    let calls: CallCounter | null = null;
    let bucketEvents: LocalBucketEvents | null = null;
    const server = createLocalServer(
      // The queues', STS's, the plugin tool functions', the state machine's and the scheduler's SDK endpoints first, then the API.
      {
        handle: async (request) =>
          calls?.handle(request) ??
          webhooks?.handle(request) ??
          sessions.handle(request) ??
          (await toolFunctions.handle(request)) ??
          (await executions?.handle(request)) ??
          (gateway ? gateway.handle(request) : Promise.reject(stillStarting())),
      },
      bus,
      log,
    );
    const port = await listen(server, options.port, options.host);
    const url = `http://${options.host === '0.0.0.0' ? '127.0.0.1' : options.host}:${port}`;
    configureEnvironment(dynamo.endpoint, s3.endpoint, url, toolFunctions);
    // Before any handler runs: every call they make passes through these.
    enforceDeclaredAccess(log);
    calls = options.countCalls ? new CallCounter() : null;
    // Imported only now: handlers read their configuration at module load, as in Lambda.
    const { routes } = await import('../lambdas/http/routes');
    const { handler } = (await import('../lambdas/authorizer/handler')) as { handler: AuthorizerHandler };
    const authorize = runAs({ name: 'authorizer', serves: 'the authorizer', access: AUTHORIZER_ACCESS }, handler);
    const ready = createGateway(
      routes,
      await loadHandlers(routes),
      authorize,
      new IpRateLimiter(options.publicRateLimit ?? 60),
      options.unthrottled ? null : new TokenBuckets(),
      calls ? calls.within.bind(calls) : undefined,
    );
    await subscribeEventFunctions(bus);
    bucketEvents = await deliverBucketEvents(s3, root, log);
    webhooks = await startLocalWebhookDelivery(bus, log);
    relay = await relayOutbox(dynamo.endpoint, streamArn, options.dataDir, log);
    const flows = await startLocalExecutions(log, { dataDir: options.dataDir, countCalls: calls ? calls.within.bind(calls) : undefined });
    executions = flows;
    gateway = ready;
    return {
      url,
      dynamoEndpoint: dynamo.endpoint,
      dynamoPid: dynamo.pid,
      s3Endpoint: s3.endpoint,
      tableName: TABLE_NAME,
      bucketName: BUCKET_NAME,
      bus,
      flows,
      uncounted: (work) => (calls ? calls.paused(work) : work()),
      stop: async () => {
        executions?.stop();
        await bucketEvents?.drain();
        await webhooks?.stop();
        // Before the server: a PutEvents in flight completes and its records are checkpointed.
        await relay?.stop();
        relay = null;
        server.closeAllConnections();
        await new Promise<void>((done) => server.close(() => done()));
        await stopStandIns();
      },
    };
  } catch (error) {
    await stopStandIns();
    throw error;
  }
};
