import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { post, type Tenant } from './tenants';
import { mergeIntoLatestResults } from './latest-results';

/**
 * Commit-to-webhook latency on the local platform: from `POST /api/agents` answering 201 (its
 * transaction, outbox item included, has committed) to a receiver on 127.0.0.1 holding the signed
 * `agent.created`, through the table's stream, the relay, the bus rule, the fan-out queue and
 * function, and the delivery queue and function. Everything a user's webhook goes through.
 */

export interface WebhookLatency {
  samples: number;
  p50_ms: number;
  p99_ms: number;
  max_ms: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
const round = (n: number) => Math.round(n * 10) / 10;

export const measureWebhookLatency = async (apiUrl: string, tenant: Tenant, samples = 100): Promise<WebhookLatency> => {
  const arrivedAt = new Map<string, number>();
  const waiting = new Map<string, () => void>();
  const receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const agentId = String((JSON.parse(Buffer.concat(chunks).toString('utf8')) as { data: { agent_id: string } }).data.agent_id);
      arrivedAt.set(agentId, performance.now());
      waiting.get(agentId)?.();
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  try {
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
    await post(`${apiUrl}/api/webhooks`, { url, events: ['agent.created'] }, tenant.token);
    const timings: number[] = [];
    for (let i = 0; i < samples; i += 1) {
      const agentId = String((await post(`${apiUrl}/api/agents`, { name: `Latency ${i}` }, tenant.token)).agent?.id);
      const committed = performance.now();
      if (!arrivedAt.has(agentId)) await new Promise<void>((resolve) => waiting.set(agentId, resolve));
      timings.push(Math.max(0, (arrivedAt.get(agentId) ?? committed) - committed));
      waiting.delete(agentId);
    }
    const sorted = [...timings].sort((a, b) => a - b);
    return { samples, p50_ms: round(percentile(sorted, 50)), p99_ms: round(percentile(sorted, 99)), max_ms: round(sorted.at(-1) ?? 0) };
  } finally {
    receiver.closeAllConnections();
    await new Promise<void>((resolve) => receiver.close(() => resolve()));
  }
};

/** `npx tsx bench/webhooks.ts`: this figure alone, merged into bench/results/latest.json. */
const runAlone = async () => {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  const { startPlatform } = await import('../local/platform');
  const { aTenant, devToken } = await import('./tenants');
  const platform = await startPlatform({ port: 0, host: '127.0.0.1', publicRateLimit: Number.MAX_SAFE_INTEGER });
  try {
    const operator = await devToken(platform.url, 'bench-operator@bench.example.com', true);
    const tenant = await aTenant(platform.url, 'webhooks', 'enterprise', operator);
    const figures = await measureWebhookLatency(platform.url, tenant);
    mergeIntoLatestResults('webhooks', { commit_to_webhook_received: figures });
    console.table({
      'commit → webhook received (ms)': { p50: figures.p50_ms, p99: figures.p99_ms, max: figures.max_ms, samples: figures.samples },
    });
  } finally {
    await platform.stop();
  }
};

if (require.main === module) {
  runAlone().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
