import { AsyncLocalStorage } from 'node:async_hooks';
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import type { Context } from 'aws-lambda';
import { optionalEnv } from './env';

/**
 * Logs, metrics and traces, one of each per process (Powertools for AWS Lambda).
 * Logs: JSON lines; during a request every line, data layer included, carries its `request_id`,
 * `route` and `workspace_id`. Metrics: CloudWatch embedded metric format, in the environment's
 * namespace (`METRICS_NAMESPACE`, set by CDK), written once when an invocation ends. Traces:
 * X-Ray, for SDK clients passed through `traced`, when CDK sets `TRACING=active`.
 */

const serviceName = 'agent-platform';
const namespace = optionalEnv('METRICS_NAMESPACE') ?? 'AgentPlatform/local';

const rootLogger = new Logger({ serviceName });

/** The logger of the request being served (AsyncLocalStorage: the local runtime serves many at once). */
const requestScope = new AsyncLocalStorage<Logger>();

/** The current request's logger, or the process's logger outside a request. */
export const currentLogger = (): Logger => requestScope.getStore() ?? rootLogger;

/**
 * The one logger every module imports: each call goes to the current request's logger, so a line
 * written deep in the data layer carries the request's keys without the logger being passed down.
 */
export const logger: Logger = new Proxy(rootLogger, {
  get: (_target, property) => {
    const target = currentLogger();
    const value: unknown = Reflect.get(target, property);
    // Logger keeps its state in private fields: its methods must run with the real instance as `this`.
    return typeof value === 'function' ? value.bind(target) : value;
  },
});

export interface RequestKeys {
  request_id: string;
  route: string;
  workspace_id: string | null;
}

/** Runs `serve` with a logger that carries `keys` (and the Lambda context, deployed) on every line. */
export const inRequestScope = <T>(keys: RequestKeys, context: Context | undefined, serve: (log: Logger) => Promise<T>): Promise<T> => {
  const log = rootLogger.createChild({ persistentKeys: { ...keys } });
  if (context?.awsRequestId) log.addContext(context);
  return requestScope.run(log, () => serve(log));
};

/** Metrics without a route dimension: cold starts and the business metrics. */
export const metrics = new Metrics({ serviceName, namespace });

/** Per-route request metrics: one instance per route pipeline, its `route` as a dimension. */
export const routeMetrics = (route: string): Metrics => new Metrics({ serviceName, namespace, defaultDimensions: { route } });

/** What the platform counts as it happens; alarms and the dashboard read these names. */
export const BUSINESS_METRICS = [
  'AgentCreated',
  'ExecutionStarted',
  'ExecutionSucceeded',
  'ExecutionFailed',
  'ApprovalWaited',
  'WebhookDelivered',
  'WebhookFailed',
  'IdempotentReplay',
  'RateLimited',
  'QuotaExceeded',
] as const;
export type BusinessMetric = (typeof BUSINESS_METRICS)[number];

export const countMetric = (name: BusinessMetric, value = 1): void => {
  metrics.addMetric(name, MetricUnit.Count, value);
};

export const REQUEST_METRICS = { requests: 'Requests', errors: 'Errors', latency: 'Latency' } as const;

/** Writes what this invocation stored, once, at its end; an invocation that counted nothing writes nothing. */
export const flushMetrics = (...instances: Metrics[]): void => {
  for (const m of [metrics, ...instances]) if (m.hasStoredMetrics()) m.publishStoredMetrics();
};

/**
 * The wrapper of every function that is not an HTTP route (event functions, flow tasks, the
 * authorizer): the cold-start metric, the Lambda context on the logger, metrics flushed at the end.
 */
export const observed =
  <E, R>(handle: (event: E) => Promise<R>) =>
  async (event: E, context?: Context): Promise<R> => {
    metrics.captureColdStartMetric(context?.functionName);
    if (context?.awsRequestId) rootLogger.addContext(context);
    try {
      return await handle(event);
    } finally {
      flushMetrics();
    }
  };

/** Loaded only when tracing is on: the X-Ray SDK is large, and a function without tracing never pays for it. */
const tracingActive = optionalEnv('TRACING') === 'active';

/** An SDK client whose calls become X-Ray subsegments when tracing is on; the client itself otherwise. */
export const traced = <C extends object>(client: C): C => {
  if (!tracingActive) return client;
  // A separate file beside each bundle (lib/build/bundle.ts), required on first use only.
  const { tracer } = require('./tracing') as typeof import('./tracing');
  return tracer.captureAWSv3Client(client);
};

export { MetricUnit };
export type { Logger, Metrics };
