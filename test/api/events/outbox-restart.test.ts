import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LocalEvent } from '../../support/local-events';
import { startRuntime, stopRuntime } from '../../support/start-runtime';

/** `npm start --data <dir>` stopped and started again: the outbox relay goes on from where it stopped. */

const post = async (url: string, body: unknown, token?: string) => {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as { data: { token?: string; workspace?: { id: string } } } };
};

const eventsOf = async (url: string): Promise<LocalEvent[]> =>
  ((await (await fetch(`${url}/local/events`)).json()) as { data: { events: LocalEvent[] } }).data.events;

const waitFor = async (url: string, select: (e: LocalEvent) => boolean): Promise<LocalEvent[]> => {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const picked = (await eventsOf(url)).filter(select);
    if (picked.length > 0 || Date.now() > deadline) return picked;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

const aWorkspaceOn = async (url: string, token: string, name: string): Promise<string> => {
  const res = await post(`${url}/api/workspaces`, { name }, token);
  if (res.status !== 201) throw new Error(JSON.stringify(res.body));
  return String(res.body.data.workspace?.id);
};

describe('the outbox relay across restarts with --data', () => {
  it('relays an event committed while the bus was down after the restart, and an event already relayed never again', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'agent-platform-outbox-'));
    try {
      const first = await startRuntime(['--data', dataDir]);
      let relayed: string;
      let held: string;
      try {
        const token = String((await post(`${first.url}/local/token`, { email: 'restart@example.com' })).body.data.token);
        relayed = await aWorkspaceOn(first.url, token, 'Relayed');
        expect(await waitFor(first.url, (e) => e.detail.workspace_id === relayed)).toHaveLength(1);
        expect((await post(`${first.url}/local/bus/outage`, { ms: 600_000 })).status).toBe(200);
        held = await aWorkspaceOn(first.url, token, 'Held');
      } finally {
        expect(await stopRuntime(first.child)).toBe(0);
      }

      const second = await startRuntime(['--data', dataDir]);
      try {
        expect(await waitFor(second.url, (e) => e.detail.workspace_id === held)).toHaveLength(1);
        // `held` was written after `relayed`: had the relay started over, `relayed` would be here before it.
        expect((await eventsOf(second.url)).filter((e) => e.detail.workspace_id === relayed)).toEqual([]);
      } finally {
        expect(await stopRuntime(second.child)).toBe(0);
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 150_000);
});
