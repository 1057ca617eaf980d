// Throughput and latency of one route with autocannon: a short warm-up, then the measurement.
import autocannon from 'autocannon';

export type LoadResult = { rps: number; p50: number; p99: number; non2xx: number; errors: number };

export async function loadRoute(url: string, headers: Record<string, string>, { connections = 50, seconds = 8, warmup = 2 } = {}) {
  if (warmup > 0) await autocannon({ url, connections, duration: warmup, headers });
  const r = await autocannon({ url, connections, duration: seconds, headers });
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, non2xx: r.non2xx, errors: r.errors + r.timeouts } satisfies LoadResult;
}
