import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { EVENT_SOURCE } from '../lambdas/shared/event-types';

/**
 * Event-to-webhook latency on the local platform: from the event's PutEvents (what the outbox relay
 * sends once the change committed) to a receiver on 127.0.0.1 holding the signed request, through
 * the bus rule, the fan-out queue and function, the delivery queue and function.
 */

export interface WebhookLatency {
  samples: number;
  p50_ms: number;
  p99_ms: number;
  max_ms: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
const round = (n: number) => Math.round(n * 10) / 10;

export const measureWebhookLatency = async (apiUrl: string, workspaceId: string, samples = 200): Promise<WebhookLatency> => {
  // Loaded only now: the data modules read the platform's environment when they load.
  const { aWebhook, anEventDetail } = await import('../test/support/webhooks');
  const waiting = new Map<string, () => void>();
  const receiver = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      waiting.get(String(req.headers['webhook-id']))?.();
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  try {
    await aWebhook(workspaceId, `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`, { events: ['agent.created'] });
    const timings: number[] = [];
    for (let i = 0; i < samples; i += 1) {
      const detail = anEventDetail('agent.created', workspaceId, { agent_id: `agent_${i}`, name: 'Bench', slug: 'bench', role: 'custom', created_by: 'user_bench' });
      const arrived = new Promise<void>((resolve) => waiting.set(detail.id, resolve));
      const started = performance.now();
      await fetch(`${apiUrl}/__aws/events`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': 'AWSEvents.PutEvents' },
        body: JSON.stringify({ Entries: [{ Source: EVENT_SOURCE, DetailType: detail.event, Detail: JSON.stringify(detail) }] }),
      });
      await arrived;
      timings.push(performance.now() - started);
      waiting.delete(detail.id);
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
    const figures = await measureWebhookLatency(platform.url, tenant.workspaceId);
    const file = join(__dirname, 'results', 'latest.json');
    const report = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
    writeFileSync(file, `${JSON.stringify({ ...report, webhooks: { event_to_webhook_received: figures } }, null, 2)}\n`);
    console.table({ 'event → webhook received (ms)': { p50: figures.p50_ms, p99: figures.p99_ms, max: figures.max_ms, samples: figures.samples } });
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
