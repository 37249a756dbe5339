import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { once } from 'node:events';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { Webhook } from 'standardwebhooks';

/** `agent-platform webhooks listen`, spawned as a user runs it, receiving deliveries signed by `standardwebhooks`. */

const bin = resolve(__dirname, '..', 'bin', 'agent-platform.js');
const secret = `whsec_${randomBytes(32).toString('base64')}`;

// Starting the binary compiles the CLI from source.
jest.setTimeout(60_000);

interface Listener {
  child: ChildProcessWithoutNullStreams;
  url: string;
  stdout: () => string;
  stderr: () => string;
}

/** The listener's output arrives through a pipe, independently of its HTTP answer: wait for it, with a deadline. */
const printed = (child: ChildProcessWithoutNullStreams, read: () => string, text: string, deadlineMs = 5_000): Promise<string> =>
  new Promise((found, failed) => {
    const check = () => {
      if (!read().includes(text)) return;
      clearTimeout(timer);
      child.stdout.off('data', check);
      child.stderr.off('data', check);
      found(read());
    };
    const timer = setTimeout(() => failed(new Error(`not printed within ${deadlineMs} ms: ${text}\n${read()}`)), deadlineMs);
    child.stdout.on('data', check);
    child.stderr.on('data', check);
    check();
  });

const listen = async (args: string[]): Promise<Listener> => {
  const child = spawn(process.execPath, [bin, 'webhooks', 'listen', ...args], { env: { ...process.env, NO_COLOR: '1' } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const url = await new Promise<string>((found, failed) => {
    child.stderr.on('data', () => {
      const match = /Listening for webhook deliveries on (http:\/\/127\.0\.0\.1:\d+\/)/.exec(stderr);
      if (match) found(match[1] as string);
    });
    child.once('exit', () => failed(new Error(`the listener exited: ${stderr}`)));
  });
  return { child, url, stdout: () => stdout, stderr: () => stderr };
};

const deliver = (url: string, event: Record<string, unknown>, signingSecret = secret) => {
  const body = JSON.stringify(event);
  const now = new Date();
  return fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'webhook-id': String(event.id),
      'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
      'webhook-signature': new Webhook(signingSecret).sign(String(event.id), now, body),
    },
    body,
  });
};

const anEvent = (id: string) => ({
  id,
  event: 'agent.created',
  version: 1,
  workspace_id: 'ws_01JLISTEN',
  data: { agent_id: 'agent_1', name: 'A', slug: 'a', role: 'general-assistant', created_by: 'u' },
  timestamp: new Date().toISOString(),
});

describe('agent-platform webhooks listen', () => {
  let listener: Listener;
  beforeAll(async () => {
    listener = await listen(['--port', '0', '--secret', secret]);
  });
  afterAll(() => {
    if (listener.child.exitCode === null) listener.child.kill('SIGKILL');
  });

  it('answers 204 to a signed delivery and prints its event, id and workspace', async () => {
    const res = await deliver(listener.url, anEvent('evt_01JGOOD'));
    expect(res.status).toBe(204);
    await printed(listener.child, listener.stdout, 'agent.created  evt_01JGOOD  ws_01JLISTEN\n');
  });

  it('answers 400 to a delivery signed with another secret, and prints nothing for it', async () => {
    const res = await deliver(listener.url, anEvent('evt_01JFORGED'), `whsec_${randomBytes(32).toString('base64')}`);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('INVALID_SIGNATURE');
    await printed(listener.child, listener.stderr, 'refused INVALID_SIGNATURE');
    expect(listener.stdout()).not.toContain('evt_01JFORGED');
  });

  it('stops cleanly on SIGTERM', async () => {
    const exited = once(listener.child, 'exit');
    listener.child.kill('SIGTERM');
    expect(await exited).toEqual([0, null]);
  });

  it('refuses to start without a whsec_ secret, exiting 2', async () => {
    const child = spawn(process.execPath, [bin, 'webhooks', 'listen', '--secret', 'not-a-secret']);
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const [code] = await once(child, 'exit');
    expect({ code, stderr }).toEqual({ code: 2, stderr: expect.stringContaining('--secret must be the whsec_') });
  });

  it('forwards a verified delivery, still signed, to --forward-to and answers with its status, or 502 when it is down', async () => {
    const received: Array<{ headers: IncomingHttpHeaders; body: string }> = [];
    const app = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        received.push({ headers: req.headers, body });
        res.writeHead(202).end();
      });
    });
    await new Promise<void>((ready) => app.listen(0, '127.0.0.1', ready));
    const appUrl = `http://127.0.0.1:${(app.address() as AddressInfo).port}/hooks`;
    const forwarding = await listen(['--port', '0', '--secret', secret, '--forward-to', appUrl]);
    try {
      expect((await deliver(forwarding.url, anEvent('evt_01JFORWARD'))).status).toBe(202);
      const [copy] = received;
      const verified = new Webhook(secret).verify(copy?.body as string, copy?.headers as Record<string, string>);
      expect(verified).toMatchObject({ id: 'evt_01JFORWARD' });
      await printed(forwarding.child, forwarding.stdout, 'agent.created  evt_01JFORWARD  ws_01JLISTEN  -> 202\n');
      await new Promise((closed) => app.close(closed));
      expect((await deliver(forwarding.url, anEvent('evt_01JDOWN'))).status).toBe(502);
      await printed(forwarding.child, forwarding.stderr, `not forwarded ${appUrl}`);
    } finally {
      forwarding.child.kill('SIGKILL');
      app.close();
    }
  });
});
