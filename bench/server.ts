// Starts `next start` on the benchmark build (.next-bench) against one database and stops it.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { processTreeCpuSeconds } from './cpu';

export type BenchServer = { url: string; pid: number; lines: string[]; stop: () => Promise<void> };

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => (typeof a === 'object' && a ? resolve(a.port) : reject(new Error('no port'))));
    });
  });
}

export async function startServer(databaseUrl: string, extraEnv: Record<string, string> = {}): Promise<BenchServer> {
  const port = await freePort();
  // localhost, not 127.0.0.1: next-intl's rewrite loops on the numeric host (see README).
  const url = `http://localhost:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    BENCH_BUILD: '1',
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: 'bench-secret-0123456789abcdef0123456789abcdef',
    AUTH_TRUST_HOST: 'true',
    AUTH_URL: url,
    SITE_URL: url,
    // The bench's servers keep email in the outbox (production asks this to be said).
    MAIL_TRANSPORT: 'outbox-only',
    ...extraEnv,
  };
  delete env.RESEND_API_KEY;
  delete env.SEED_DEMO_DATA;
  // BENCH_CPU_PROF=dir writes a V8 CPU profile of the server there when it stops (see README).
  const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  const child = spawn('node', [...profile, 'node_modules/next/dist/bin/next', 'start', '-p', String(port)], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const lines: string[] = [];
  const collect = (d: Buffer) => lines.push(...d.toString('utf8').split('\n').filter(Boolean));
  child.stdout?.on('data', collect);
  child.stderr?.on('data', (d: Buffer) => {
    collect(d);
    if (process.env.BENCH_VERBOSE) process.stderr.write(d);
  });
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode}):\n${lines.join('\n')}`);
    if (Date.now() - started > 60_000) throw new Error('next start did not answer within 60 s');
    try {
      const res = await fetch(`${url}/api/me`);
      if (res.status < 500) break;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  await waitUntilIdle(child.pid!);
  return {
    url,
    pid: child.pid!,
    lines,
    stop: async () => {
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        // already gone
      }
      await new Promise((r) => child.once('exit', r).once('error', r));
    },
  };
}

/**
 * Waits until the server stops working on its own: at start its worker sends what is due (on
 * `ef_bench`, the check-in meeting's reminders: some thousand queries over several seconds), and a
 * count of queries or CPU taken meanwhile would be the worker's as much as the page's.
 */
async function waitUntilIdle(pid: number, { maxMs = 60_000, stepMs = 500, idleShare = 0.05 } = {}) {
  const started = Date.now();
  let quietSteps = 0;
  let before = processTreeCpuSeconds(pid);
  while (quietSteps < 2 && Date.now() - started < maxMs) {
    await new Promise((r) => setTimeout(r, stepMs));
    const now = processTreeCpuSeconds(pid);
    quietSteps = now - before < (stepMs / 1000) * idleShare ? quietSteps + 1 : 0;
    before = now;
  }
}
