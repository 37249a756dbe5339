/** The events the local runtime's bus has carried, read through `GET /local/events`. */
export interface LocalEvent {
  'detail-type': string;
  detail: { workspace_id?: string; data: Record<string, unknown> };
}

export const localEvents = async (): Promise<LocalEvent[]> =>
  ((await (await fetch(`${process.env.API_URL}/local/events`)).json()) as { data: { events: LocalEvent[] } }).data.events;

/**
 * Polls the bus until `select` picks at least `count` events or the deadline passes, then returns
 * what it picked: events are published after the answer that caused them, so a test never reads once.
 */
export const waitForEvents = async (select: (event: LocalEvent) => boolean, count: number, deadlineMs = 10_000): Promise<LocalEvent[]> => {
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    const picked = (await localEvents()).filter(select);
    if (picked.length >= count || Date.now() > deadline) return picked;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};
