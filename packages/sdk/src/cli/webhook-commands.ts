import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifyWebhook, WebhookVerificationError } from '../webhooks';
import { type Command, type Flags, UsageError } from './command';
import { type Output, paint } from './output';

/** webhooks listen: a receiver on this machine that verifies deliveries as a real endpoint must, and prints them. */

const DEFAULT_PORT = 8787;
/** Far above any event detail; a larger body is not a delivery. */
const MAX_BODY_BYTES = 1024 * 1024;

const secretOf = (flags: Flags): string => {
  const secret = flags.secret ?? process.env.AGENT_PLATFORM_WEBHOOK_SECRET;
  if (!secret) throw new UsageError('--secret is required: the whsec_… secret shown when the webhook was created');
  if (!/^whsec_[A-Za-z0-9+/]+={0,2}$/.test(secret))
    throw new UsageError('--secret must be the whsec_… secret shown when the webhook was created');
  return secret;
};

const portOf = (flags: Flags): number => {
  const port = Number(flags.port ?? DEFAULT_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('--port must be a port number (0 picks a free one)');
  return port;
};

const forwardTargetOf = (flags: Flags): string | undefined => {
  const target = flags['forward-to'];
  if (target === undefined) return undefined;
  if (!URL.canParse(target) || !/^https?:$/.test(new URL(target).protocol))
    throw new UsageError('--forward-to must be an http(s) URL, e.g. http://localhost:3001/webhooks');
  return target;
};

const readBody = (req: IncomingMessage): Promise<string | undefined> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? undefined : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });

const answer = (res: ServerResponse, status: number, message?: string) => {
  res.writeHead(status, message ? { 'content-type': 'text/plain; charset=utf-8' } : {});
  res.end(message);
};

/** The signed request as it came, so the local app can verify it too. */
const FORWARDED_HEADERS = ['content-type', 'webhook-id', 'webhook-timestamp', 'webhook-signature'];
const FORWARD_TIMEOUT_MS = 10_000;

/** The local app's status, or undefined when it did not answer. */
const forward = async (target: string, body: string, req: IncomingMessage, out: Output): Promise<number | undefined> => {
  const headers = Object.fromEntries(
    FORWARDED_HEADERS.flatMap((name) => (typeof req.headers[name] === 'string' ? [[name, req.headers[name]]] : [])),
  );
  try {
    const res = await fetch(target, { method: 'POST', headers, body, redirect: 'manual', signal: AbortSignal.timeout(FORWARD_TIMEOUT_MS) });
    await res.body?.cancel();
    return res.status;
  } catch (error) {
    out.error(`${paint(out, 'red', 'not forwarded')} ${target}: ${error instanceof Error ? error.message : String(error)}\n`);
    return undefined;
  }
};

interface Receiver {
  secret: string;
  forwardTo: string | undefined;
  out: Output;
}

const receive = async (req: IncomingMessage, res: ServerResponse, { secret, forwardTo, out }: Receiver) => {
  if (req.method !== 'POST') return answer(res, 405, 'deliveries are POSTed\n');
  const body = await readBody(req);
  if (body === undefined) return answer(res, 413, 'body too large for a delivery\n');
  let event;
  try {
    event = await verifyWebhook(body, req.headers, secret);
  } catch (error) {
    if (!(error instanceof WebhookVerificationError)) throw error;
    out.error(`${paint(out, 'red', 'refused')} ${error.code}: ${error.message}\n`);
    return answer(res, 400, `${error.code}: ${error.message}\n`);
  }
  // The local app's answer becomes the platform's, so its failures show as retries in the delivery log.
  const status = forwardTo ? ((await forward(forwardTo, body, req, out)) ?? 502) : 204;
  const outcome = forwardTo ? `  -> ${status}` : '';
  out.write(out.json ? `${JSON.stringify(event)}\n` : `${paint(out, 'cyan', event.event)}  ${event.id}  ${event.workspace_id}${outcome}\n`);
  return answer(res, status);
};

export const webhookCommands: Record<string, Command> = {
  'webhooks listen': {
    usage: `webhooks listen --secret whsec_… [--port ${DEFAULT_PORT}] [--forward-to URL] [--json]
  Receives deliveries on http://127.0.0.1:PORT/ and verifies each signature (Standard Webhooks): prints one
  line per event (event, id, workspace; the whole event with --json) and answers 204, or 400 when the
  signature or timestamp does not verify. --forward-to passes each verified delivery on, signed as it came,
  and answers with that URL's status (502 if it does not answer). AGENT_PLATFORM_WEBHOOK_SECRET may stand
  for --secret. Ctrl-C stops it.`,
    arity: 0,
    run: ({ flags, out }) => {
      const receiver = { secret: secretOf(flags), forwardTo: forwardTargetOf(flags), out };
      const port = portOf(flags);
      const server = createServer((req, res) => {
        receive(req, res, receiver).catch((error: unknown) => {
          out.error(`${paint(out, 'red', 'error')} ${error instanceof Error ? error.message : String(error)}\n`);
          if (!res.headersSent) answer(res, 500);
        });
      });
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, '127.0.0.1', () => {
          out.error(`Listening for webhook deliveries on http://127.0.0.1:${(server.address() as AddressInfo).port}/\n`);
        });
        const stop = () => server.close(() => resolve(0));
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    },
  },
};
