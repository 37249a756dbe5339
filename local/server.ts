import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { APIGatewayProxyResult } from 'aws-lambda';
import { toRequestId } from '../lambdas/shared/envelope';
import { DomainError, InvalidInput, PayloadTooLarge } from '../lambdas/domain/errors';
import { errorResult, ok, toResult } from '../lambdas/shared/reply';
import type { LocalEventBus } from './event-bus';
import type { Gateway } from './gateway';
import type { IncomingRequest } from './gateway-event';
import { jwks, mintDevToken } from './identity';

/**
 * The local HTTP server: the emulated gateway for every route of the table, plus what exists
 * only locally — the dev identity provider's JWKS and token endpoint, the in-process bus's
 * PutEvents endpoint for the outbox relay's SDK, a view of the last events and a switch that makes
 * the bus fail for a while.
 */

/** API Gateway's own payload limit; each route's smaller limit is enforced by its handler, as deployed. */
export const GATEWAY_MAX_BODY = 10 * 1024 * 1024;

const readBody = (req: IncomingMessage): Promise<Buffer | null> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= GATEWAY_MAX_BODY) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > GATEWAY_MAX_BODY ? null : Buffer.concat(chunks)));
    req.on('error', reject);
  });

const send = (res: ServerResponse, result: APIGatewayProxyResult): void => {
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(result.headers ?? {})) headers[name] = String(value);
  for (const [name, values] of Object.entries(result.multiValueHeaders ?? {})) headers[name] = values.map(String);
  res.writeHead(result.statusCode, headers);
  res.end(result.isBase64Encoded ? Buffer.from(result.body, 'base64') : result.body);
};

/** `{"ms": 2000}`: the bus refuses every PutEvents entry for that long (the outbox keeps the events meanwhile). */
const BUS_OUTAGE_ROUTE = 'POST /local/bus/outage';
const MAX_OUTAGE_MS = 10 * 60 * 1000;
const MAX_PUT_EVENTS_ENTRIES = 10;
const MAX_PUT_EVENTS_BYTES = 256 * 1024;

const localOnly = async (request: IncomingRequest, bus: LocalEventBus): Promise<APIGatewayProxyResult | null> => {
  const requestId = toRequestId(undefined);
  const key = `${request.method} ${request.path}`;
  if (key === 'GET /.well-known/jwks.json') {
    return { statusCode: 200, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(await jwks()) };
  }
  if (request.method === 'POST' && request.path.startsWith('/__aws/events')) {
    const body = JSON.parse(request.body.toString('utf8')) as Parameters<LocalEventBus['putEvents']>[0];
    // EventBridge refuses a PutEvents of more than 10 entries, or over 256 KB of entries, as a whole.
    const entryBytes = (body.Entries ?? []).reduce(
      (n, e) => n + Buffer.byteLength(`${e.Source ?? ''}${e.DetailType ?? ''}${e.Detail ?? ''}`, 'utf8') + 14,
      0,
    );
    if ((body.Entries?.length ?? 0) > MAX_PUT_EVENTS_ENTRIES || entryBytes > MAX_PUT_EVENTS_BYTES) {
      return {
        statusCode: 400,
        headers: { 'Content-Type': 'application/x-amz-json-1.1' },
        body: JSON.stringify({
          __type: 'ValidationException',
          message: `at most ${MAX_PUT_EVENTS_ENTRIES} entries and 256 KB per PutEvents`,
        }),
      };
    }
    return { statusCode: 200, headers: { 'Content-Type': 'application/x-amz-json-1.1' }, body: JSON.stringify(bus.putEvents(body)) };
  }
  if (key === 'GET /local/events') return toResult(ok({ events: bus.recent }), requestId);
  if (key === BUS_OUTAGE_ROUTE) {
    const ms = Number((JSON.parse(request.body.toString('utf8') || '{}') as { ms?: unknown }).ms);
    if (!Number.isInteger(ms) || ms < 0 || ms > MAX_OUTAGE_MS) {
      throw new InvalidInput(`ms must be a whole number of milliseconds from 0 to ${MAX_OUTAGE_MS}`, [
        { field: 'ms', issue: 'out of range' },
      ]);
    }
    bus.refuseFor(ms);
    return toResult(ok({ refusing_for_ms: ms }), requestId);
  }
  if (key === 'POST /local/token') {
    let body: { email?: unknown; sub?: unknown; platform_admin?: unknown; email_verified?: unknown };
    try {
      body = JSON.parse(request.body.toString('utf8') || '{}');
    } catch {
      throw new InvalidInput('the request body is not valid JSON');
    }
    if (typeof body.email !== 'string' || !/^[^@\s]+@[^@\s]+$/.test(body.email)) {
      throw new InvalidInput('email is required', [{ field: 'email', issue: 'must be an email address' }]);
    }
    const token = await mintDevToken({
      email: body.email,
      sub: typeof body.sub === 'string' ? body.sub : undefined,
      platform_admin: body.platform_admin === true,
      email_verified: body.email_verified !== false,
    });
    return toResult(ok({ token }), requestId);
  }
  return null;
};

/**
 * Node's HTTP parser refuses a request it cannot read (headers over 16 KiB, a malformed request
 * line) before any handler runs; answer it in the envelope, as API Gateway's DEFAULT_4XX does.
 */
const answerUnreadable = (error: NodeJS.ErrnoException, socket: Duplex): void => {
  if (!socket.writable) return;
  const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
  const refusal = tooLarge
    ? new InvalidInput('the request line and headers are larger than 16 KiB', [{ field: 'headers', issue: 'too large' }])
    : new InvalidInput('the request could not be read');
  const result = errorResult(refusal, toRequestId(undefined));
  const headers = Object.entries(result.headers ?? {}).map(([name, value]) => `${name}: ${String(value)}`);
  const body = Buffer.from(result.body);
  socket.end(
    [`HTTP/1.1 ${result.statusCode} Bad Request`, ...headers, `Content-Length: ${body.length}`, 'Connection: close', '', ''].join('\r\n') +
      body.toString(),
  );
};

/**
 * Node closes an idle keep-alive connection after 5 s, and a client that sends on it at that moment
 * (its own idle limit is 4 s, which a busy event loop can overrun) gets "other side closed" for a
 * request the server never saw. Idle connections are kept for as long as a load balancer keeps them.
 */
const KEEP_ALIVE_MS = 65_000;

export const createLocalServer = (gateway: Gateway, bus: LocalEventBus, log: (line: string) => void): Server => {
  const server = createServer(async (req, res) => {
    const started = performance.now();
    const url = new URL(req.url ?? '/', 'http://localhost');
    let result: APIGatewayProxyResult;
    try {
      const body = await readBody(req);
      if (body === null) throw new PayloadTooLarge(GATEWAY_MAX_BODY);
      const request: IncomingRequest = {
        method: (req.method ?? 'GET').toUpperCase(),
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        body,
        sourceIp: req.socket.remoteAddress ?? '127.0.0.1',
      };
      result = (await localOnly(request, bus)) ?? (await gateway.handle(request));
    } catch (error) {
      result = errorResult(
        error instanceof DomainError ? error : new InvalidInput('the request could not be read'),
        toRequestId(undefined),
      );
    }
    send(res, result);
    log(`${req.method} ${url.pathname} ${result.statusCode} ${(performance.now() - started).toFixed(1)}ms`);
  }).on('clientError', answerUnreadable);
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  // Node wants the header deadline beyond the keep-alive one, or a reused connection can be cut mid-request.
  server.headersTimeout = KEEP_ALIVE_MS + 1000;
  return server;
};
