/** The events the local runtime's bus has carried, read through `GET /local/events`; `detail` is API.md's event detail. */
export interface LocalEvent {
  source: string;
  'detail-type': string;
  time: string;
  detail: { id: string; event: string; version: number; workspace_id: string; data: Record<string, unknown>; timestamp: string };
}

export const localEvents = async (): Promise<LocalEvent[]> =>
  ((await (await fetch(`${process.env.API_URL}/local/events`)).json()) as { data: { events: LocalEvent[] } }).data.events;

/**
 * Polls the bus until `select` picks at least `count` events or the deadline passes, then returns
 * what it picked: the outbox relay puts events on the bus shortly after the commit that wrote them,
 * so a test never reads once.
 */
export const waitForEvents = async (select: (event: LocalEvent) => boolean, count: number, deadlineMs = 10_000): Promise<LocalEvent[]> => {
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    const picked = (await localEvents()).filter(select);
    if (picked.length >= count || Date.now() > deadline) return picked;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};
