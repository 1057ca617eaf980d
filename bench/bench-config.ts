// Where the benchmark's databases live: BENCH_DATABASE_URL names the server (any database on
// it; default the local PostgreSQL), the benchmark creates its own databases there.
const base = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export function adminUrl() {
  return base;
}

export function databaseUrl(name: string) {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

// BENCH_DB_NAME gives a run its own databases (e.g. two worktrees benchmarking on one server).
export const BENCH_DB = process.env.BENCH_DB_NAME ?? 'ef_bench';
export const BENCH_DEMO_DB = `${BENCH_DB}_demo`;
