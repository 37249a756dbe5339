import { dirname, join, resolve } from 'node:path';
import type { RouteDefinition } from '../../lambdas/shared/route';
import { routeId } from '../../lambdas/shared/route';
import { swaggerUiFiles } from '../../lambdas/http/docs/routes';
import { eventFunctionId, eventFunctions, eventFunctionSource, filesReconcile, outboxRelay } from '../events/event-functions';
import { executionFunctions, executionTaskId, executionTaskSource } from '../flows/execution-tasks';
import { webhookDeliver, webhookFanOut, webhookFunctionId, webhookFunctionSource } from '../events/webhook-queues';

/**
 * Where each function's bundle comes from and goes to. The esbuild step writes these
 * directories and CDK deploys them as they are (`Code.fromAsset`), so both read this file.
 */

export const repoRoot = resolve(__dirname, '..', '..');
export const functionsDir = join(repoRoot, 'dist', 'functions');
export const bundleDir = (id: string): string => join(functionsDir, id);

/** How Lambda starts Node for every function: stack traces in the logs name our source lines. The bench loads bundles the same way. */
export const FUNCTION_NODE_OPTIONS = '--enable-source-maps';

export const AUTHORIZER_ID = 'authorizer';

export interface FunctionEntry {
  /** The bundle directory under `dist/functions` and the function's construct id. */
  id: string;
  /** Source module, relative to the repository root. */
  source: string;
}

/**
 * One entry per distinct handler: two routes sharing a handler module share its bundle; then the
 * authorizer, every event function of `lib/events` (the outbox relay and the webhook path too) and every function of the execution flow.
 */
export const functionEntries = (routes: readonly Pick<RouteDefinition, 'handler' | 'functionId'>[]): FunctionEntry[] => {
  const byId = new Map<string, FunctionEntry>();
  for (const r of routes) byId.set(routeId(r), { id: routeId(r), source: `lambdas/http/${r.handler}.ts` });
  byId.set(AUTHORIZER_ID, { id: AUTHORIZER_ID, source: 'lambdas/authorizer/handler.ts' });
  for (const f of [...eventFunctions, outboxRelay, filesReconcile])
    byId.set(eventFunctionId(f), { id: eventFunctionId(f), source: eventFunctionSource(f) });
  for (const f of executionFunctions) byId.set(executionTaskId(f), { id: executionTaskId(f), source: executionTaskSource(f) });
  for (const f of [webhookFanOut, webhookDeliver])
    byId.set(webhookFunctionId(f), { id: webhookFunctionId(f), source: webhookFunctionSource(f) });
  return [...byId.values()];
};

/** Static files a handler reads from disk at run time, copied into a directory beside its bundle. */
export interface BundledFiles {
  handler: string;
  from: string;
  files: readonly string[];
  /** Subdirectory of the bundle, and the environment variable that tells the handler where it is. */
  dir: string;
  envVar: string;
}

export const bundledFiles: readonly BundledFiles[] = [
  {
    handler: 'docs/asset',
    from: dirname(require.resolve('swagger-ui-dist/package.json')),
    files: swaggerUiFiles,
    dir: 'swagger-ui',
    envVar: 'SWAGGER_UI_DIR',
  },
];

/** Lambda unpacks the bundle into `/var/task`. */
const LAMBDA_TASK_ROOT = '/var/task';

/** Environment variables pointing a deployed handler at its bundled files. */
export const bundledFilesEnvironment = (handler: string): Record<string, string> =>
  Object.fromEntries(bundledFiles.filter((b) => b.handler === handler).map((b) => [b.envVar, `${LAMBDA_TASK_ROOT}/${b.dir}`]));
