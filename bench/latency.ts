import autocannon from 'autocannon';

/** Local request latency at a fixed concurrency, with autocannon against a running local platform. */
export interface LatencyResult {
  path: string;
  connections: number;
  duration_s: number;
  requests: number;
  requests_per_second: number;
  p50_ms: number;
  p99_ms: number;
  errors: number;
  non_2xx: number;
}

const summary = (path: string, connections: number, result: autocannon.Result): LatencyResult => ({
  path,
  connections,
  duration_s: Math.round(result.duration * 10) / 10,
  requests: result.requests.total,
  requests_per_second: Math.round(result.requests.total / result.duration),
  p50_ms: result.latency.p50,
  p99_ms: result.latency.p99,
  errors: result.errors + result.timeouts,
  non_2xx: result.non2xx,
});

export const measureLatency = async (url: string, path: string, connections = 50, duration = 5): Promise<LatencyResult> =>
  summary(path, connections, await autocannon({ url: `${url}${path}`, connections, duration }));

/**
 * A fixed number of requests rather than a duration: a workspace's tier allows so many requests a
 * minute (enterprise: 2,000), and the figure must not be a measurement of 429s.
 */
export const measureRequests = async (
  url: string,
  path: string,
  options: { connections: number; amount: number; headers: Record<string, string> },
): Promise<LatencyResult> =>
  summary(
    path,
    options.connections,
    // A filtered list's COUNT grows with the workspace: give it time rather than count it as an error.
    await autocannon({
      url: `${url}${path}`,
      connections: options.connections,
      amount: options.amount,
      headers: options.headers,
      timeout: 60,
    }),
  );
