import type { ZodType } from 'zod';
import type { ErrorCode } from '../domain/errors';

/**
 * One declaration per endpoint. Each domain's lines live in `lambdas/http/<domain>/routes.ts`
 * beside its schemas, so a handler bundle carries only its own domain's lines; `lambdas/http/routes.ts`
 * gathers them into the table that CDK, the local server and the OpenAPI document read.
 */

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type Scope = 'read' | 'write' | 'execute' | 'admin';
export type Auth = 'none' | 'user';

/** What the handler touches; CDK grants exactly this and nothing more. */
export interface Access {
  table?: 'read' | 'write';
  bucket?: 'read' | 'write';
  /** Put events on the platform bus: the outbox relay only; a change's events are outbox items of its transaction. */
  bus?: 'publish';
  /** Data keys of the credentials key: `read` unwraps them (Decrypt), `write` also makes new ones (GenerateDataKey). */
  secrets?: 'read' | 'write';
  /** Assumes the agent-files role to hand out credentials scoped to one agent's files (POST …/access). */
  scopedAccess?: 'assume';
  /** The execution state machine: `start` runs it (StartExecution); `control` also stops runs and answers held steps. */
  executions?: 'start' | 'control';
  /** The graduation state machine: `start` runs it; `control` stops a run (a cancel). */
  graduations?: 'start' | 'control';
  /** EventBridge Scheduler schedules of agents (create, delete), handing them the role that starts executions. */
  schedules?: 'manage';
  /** The webhook delivery queue: `send` queues attempts (a test event, a redelivery, the fan-out). */
  deliveries?: 'send';
  /** Calls the environment's allowed Bedrock models (bedrock:InvokeModel): a health probe's one minimal model call. */
  model?: 'invoke';
  /** Signs and opens `next_cursor`s with the cursor key; derived by CDK for routes whose query takes `cursor`. */
  cursors?: 'sign';
}

export interface ResponseSpec {
  status: 200 | 201 | 202 | 302;
  description: string;
  /** Schema of the envelope's `data` (JSON routes) — validated by the API tests' client. */
  data?: ZodType;
  /** Non-JSON routes (docs) name their media type instead. */
  contentType?: string;
  /** Other successful answers of the same operation (a sync execute answers 200 when done, 202 while running). */
  alternatives?: readonly { status: 200 | 201 | 202; description: string; data?: ZodType }[];
}

export interface RouteDefinition<
  TBody extends ZodType | undefined = ZodType | undefined,
  TQuery extends ZodType | undefined = ZodType | undefined,
  TParams extends ZodType | undefined = ZodType | undefined,
> {
  method: HttpMethod;
  /** API Gateway style: `/api/agents/{agent}`. */
  path: string;
  /** Module under `lambdas/http`, without extension: `agents/create`. */
  handler: string;
  /**
   * The function id a moved handler keeps (`agents/shares/add` keeps `agents-share`): the id names the deployed
   * function and its CloudFormation logical id, so moving the file must not replace the function. Absent: from `handler`.
   */
  functionId?: string;
  summary: string;
  description?: string;
  auth: Auth;
  scopes: Scope[];
  /** Bytes; API.md's default is 256 KiB. */
  bodyLimit?: number;
  body?: TBody;
  query?: TQuery;
  params?: TParams;
  response: ResponseSpec;
  /**
   * The error codes this route's own code can answer, besides the ones every route of its kind can
   * (`commonErrorCodes`); the OpenAPI document lists them under their statuses, and a test derives
   * them from the handler's source.
   */
  errors?: ErrorCode[];
  /** Body fields that exist on the resource but can never be set: naming one answers 400 IMMUTABLE_FIELD. */
  immutableFields?: readonly string[];
  /** Honours `Idempotency-Key` (POST creates and execute). */
  idempotent?: boolean;
  /**
   * The answer carries a secret shown once (an API key's secret, a presigned URL, credentials): it is
   * never stored for an idempotent replay, which answers 409 SECRET_SHOWN_ONCE instead.
   */
  secretResponse?: boolean;
  /** `raw` routes answer their own content type and skip the envelope (OpenAPI, docs). */
  kind?: 'json' | 'raw';
  /** The body is a file's bytes of any media type, taken as they are (no `body` schema, no JSON parsing); `bodyLimit` applies. */
  rawBody?: boolean;
  access: Access;
}

export const DEFAULT_BODY_LIMIT = 256 * 1024;

export const route = <
  TBody extends ZodType | undefined = undefined,
  TQuery extends ZodType | undefined = undefined,
  TParams extends ZodType | undefined = undefined,
>(
  definition: RouteDefinition<TBody, TQuery, TParams>,
): RouteDefinition<TBody, TQuery, TParams> => definition;

/** `agents/create` → `agents`: the OpenAPI tag and the nested stack a route's method lives in. */
export const routeDomain = (r: Pick<RouteDefinition, 'handler'>): string => r.handler.split('/')[0] ?? r.handler;

/** `agents/create` → `agents-create`: the function's logical name and its bundle directory. */
export const routeId = (r: Pick<RouteDefinition, 'handler' | 'functionId'>): string => r.functionId ?? r.handler.replace(/\//g, '-');

export const bodyLimitOf = (r: Pick<RouteDefinition, 'bodyLimit'>): number => r.bodyLimit ?? DEFAULT_BODY_LIMIT;
