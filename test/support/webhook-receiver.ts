import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A receiver on 127.0.0.1 that answers each request with the next status of a script (the last one repeats), with `headers` if given. */

export interface Received {
  headers: IncomingHttpHeaders;
  body: string;
  at: number;
}

export interface Receiver {
  url: string;
  received: Received[];
  /** Polls until `count` requests arrived or the deadline passed, then answers what arrived. */
  waitFor: (count: number, deadlineMs?: number) => Promise<Received[]>;
  /** From now on, requests are answered only at `release`: an attempt in flight stays in flight. */
  hold: () => void;
  release: () => void;
  close: () => Promise<void>;
}

export const aReceiver = async (statuses: number[] = [204], headers: Record<string, string> = {}): Promise<Receiver> => {
  const received: Received[] = [];
  let held: (() => void)[] | null = null;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), at: Date.now() });
      const status = statuses[Math.min(received.length, statuses.length) - 1] ?? 204;
      const count = received.length;
      const answer = () => res.writeHead(status, { 'Content-Type': 'text/plain', ...headers }).end(`answer ${count}`);
      if (held) held.push(answer);
      else answer();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    waitFor: async (count, deadlineMs = 20_000) => {
      const deadline = Date.now() + deadlineMs;
      while (received.length < count && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
      return received;
    },
    hold: () => {
      held ??= [];
    },
    release: () => {
      const waiting = held ?? [];
      held = null;
      for (const answer of waiting) answer();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};

/** Receivers a test file opens as it goes, all closed in its `afterAll`. */
export const receiverPool = () => {
  const open: Receiver[] = [];
  return {
    receiver: async (statuses?: number[], headers?: Record<string, string>): Promise<Receiver> => {
      const r = await aReceiver(statuses, headers);
      open.push(r);
      return r;
    },
    closeAll: () => Promise.all(open.splice(0).map((r) => r.close())),
  };
};
