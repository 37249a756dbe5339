import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { APIGatewayProxyResult } from 'aws-lambda';
import type { IncomingRequest } from './gateway-event';
import { LOCAL_ACCOUNT, LOCAL_REGION } from './iam-actions';

/**
 * Plugin tools that run on a Lambda function, run here: `--tool-functions registry.json` names, per
 * plugin, the functions it may run on and the module that stands in for each,
 *
 *   { "report-tools": { "summarize": "./summarize.ts" } }
 *
 * Each function gets the ARN `arn:aws:lambda:us-east-1:000000000000:function:summarize`, which goes
 * into `PLUGIN_TOOL_FUNCTIONS` (the operator's registry deployed), so a plugin publishes that ARN as
 * its tool's endpoint and an execution calls it through the Lambda API at `/__aws/lambda`, served
 * by the module's `handler(event)`, as Lambda serves a synchronous Invoke.
 */

export const LAMBDA_PATH = '/__aws/lambda';
const INVOKE = /^\/2015-03-31\/functions\/([^/]+)\/invocations$/;

type ToolHandler = (event: unknown) => unknown;

export interface LocalToolFunctions {
  /** The registry the handlers read, as CDK writes it from the environment config. */
  registry: Record<string, string[]>;
  handle: (request: IncomingRequest) => Promise<APIGatewayProxyResult> | null;
}

export const localFunctionArn = (name: string): string => `arn:aws:lambda:${LOCAL_REGION}:${LOCAL_ACCOUNT}:function:${name}`;

const json = (statusCode: number, body: unknown, headers: Record<string, string> = {}): APIGatewayProxyResult => ({
  statusCode,
  headers: { 'Content-Type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

const parseRegistryFile = (file: string): Record<string, Record<string, string>> => {
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const isMap = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
  if (!isMap(parsed) || !Object.values(parsed).every((fns) => isMap(fns) && Object.values(fns).every((path) => typeof path === 'string'))) {
    throw new Error(`${file} must map each plugin name to {"function name": "module path"}`);
  }
  return parsed as Record<string, Record<string, string>>;
};

/** A function's name from the Invoke path: its name, or its ARN (URL-encoded), optionally with a qualifier. */
const functionNameOf = (segment: string): string => {
  const name = decodeURIComponent(segment);
  return name.startsWith('arn:') ? (name.split(':')[6] ?? '') : name;
};

const invoke = async (handler: ToolHandler, payload: Buffer): Promise<APIGatewayProxyResult> => {
  try {
    const answer = await handler(payload.length ? JSON.parse(payload.toString('utf8')) : {});
    return json(200, answer ?? null);
  } catch (error) {
    // Lambda answers a function's own failure with 200 and says so in a header.
    const failure =
      error instanceof Error ? { errorType: error.name, errorMessage: error.message } : { errorType: 'Error', errorMessage: String(error) };
    return json(200, failure, { 'X-Amz-Function-Error': 'Unhandled' });
  }
};

export const loadLocalToolFunctions = async (registryFile: string | undefined): Promise<LocalToolFunctions> => {
  if (!registryFile) return { registry: {}, handle: () => null };
  const file = resolve(registryFile);
  const declared = parseRegistryFile(file);
  const handlers = new Map<string, ToolHandler>();
  const registry: Record<string, string[]> = {};
  for (const [plugin, functions] of Object.entries(declared)) {
    registry[plugin] = [];
    for (const [name, path] of Object.entries(functions)) {
      if (handlers.has(name)) throw new Error(`${file} names the function ${name} twice: function names are unique in an account`);
      const module = (await import(resolve(dirname(file), path))) as { handler?: unknown };
      if (typeof module.handler !== 'function') throw new Error(`${path} (function ${name}) exports no handler`);
      handlers.set(name, module.handler as ToolHandler);
      registry[plugin].push(localFunctionArn(name));
    }
  }
  return {
    registry,
    handle: (request) => {
      if (request.method !== 'POST' || !request.path.startsWith(LAMBDA_PATH)) return null;
      const name = functionNameOf(request.path.slice(LAMBDA_PATH.length).match(INVOKE)?.[1] ?? '');
      const handler = handlers.get(name);
      if (!handler) {
        return Promise.resolve(
          json(
            404,
            { Type: 'User', Message: `Function not found: ${localFunctionArn(name)}` },
            { 'x-amzn-ErrorType': 'ResourceNotFoundException' },
          ),
        );
      }
      return invoke(handler, request.body);
    },
  };
};
