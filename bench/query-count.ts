// Database queries per request: the server runs with BENCH_COUNT_QUERIES=1, which makes
// db/client print one line per query; requests are sent one at a time and the lines counted.
// The first request of a public page renders it (a cache miss); the second should be served
// from the cache without a query.
import type { BenchServer } from './server';
import { headersFor, type BenchPage } from './pages';
import type { BenchTargets } from './fixtures';

export type QueryCount = { first: number; second: number; cache: string; bytes: number; status: number };

const settle = () => new Promise((r) => setTimeout(r, 400));
const queryLines = (server: BenchServer) => server.lines.filter((l) => l.includes('[bench:query]')).length;

export async function countQueries(server: BenchServer, pages: BenchPage[], targets: BenchTargets) {
  const counts = new Map<string, QueryCount>();
  for (const page of pages) {
    const one = async () => {
      const before = queryLines(server);
      const res = await fetch(server.url + page.path, { headers: headersFor(page, targets), redirect: 'manual' });
      const body = await res.text();
      await settle();
      return { n: queryLines(server) - before, res, bytes: Buffer.byteLength(body) };
    };
    const first = await one();
    const second = await one();
    counts.set(page.path, {
      first: first.n,
      second: second.n,
      cache: second.res.headers.get('x-nextjs-cache') ?? '-',
      bytes: second.bytes,
      status: second.res.status,
    });
  }
  return counts;
}
