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

export const measureLatency = async (url: string, path: string, connections = 50, duration = 5): Promise<LatencyResult> => {
  const result = await autocannon({ url: `${url}${path}`, connections, duration });
  return {
    path,
    connections,
    duration_s: duration,
    requests: result.requests.total,
    requests_per_second: Math.round(result.requests.average),
    p50_ms: result.latency.p50,
    p99_ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non_2xx: result.non2xx,
  };
};
