// `next start` instances of the current build, and databases for them: the `app` project's own
// server (app-server.ts) and extra servers for tests that need several on one PostgreSQL database.
// The build must exist: the `app` project's global setup makes it before any test runs.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';

// import.meta.url, not __dirname: scripts/lighthouse.ts imports this module as plain ESM (tsx).
const root = fileURLToPath(new URL('../..', import.meta.url));

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitForServer(url: string, child: ChildProcess, timeoutMs = 90_000) {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`Server at ${url} did not start in ${timeoutMs} ms`);
}

/** A fresh database on the server named by TEST_DATABASE_URL, and how to drop it. */
export async function createTestDatabase(serverUrl: string, prefix: string) {
  const name = `${prefix}_${process.pid}_${Date.now().toString(36)}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const a = postgres(serverUrl, { max: 1, onnotice: () => {} });
      await a.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}

export type NextInstance = { baseUrl: string; stop: () => Promise<void>; output: () => string };

/**
 * Starts `next start` on a free port with the given variables on top of the test defaults;
 * a variable given as undefined is removed.
 */
export async function startNextInstance(variables: Record<string, string | undefined>): Promise<NextInstance> {
  const { child, baseUrl, output } = await spawnNextInstance(variables);
  await waitForServer(`${baseUrl}/api/me`, child);
  return { baseUrl, stop: () => stopChild(child), output: () => output.join('') };
}

async function stopChild(child: ChildProcess) {
  try {
    process.kill(-child.pid!, 'SIGTERM');
  } catch {
    // already gone
  }
  await new Promise((r) => setTimeout(r, 500));
}

/**
 * Starts `next start` and waits until it answers or exits, whichever comes first; for tests of
 * a refused start. Gives the exit code (null when it came up) and everything it printed.
 */
export async function tryStartNextInstance(variables: Record<string, string | undefined>, timeoutMs = 60_000) {
  const { child, baseUrl, output } = await spawnNextInstance(variables);
  const exited = new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? -1)));
  const up = waitForServer(`${baseUrl}/api/me`, child, timeoutMs).then(() => null, () => null);
  const exitCode = await Promise.race([exited, up]);
  if (exitCode === null) await stopChild(child);
  return { exitCode, output: output.join(''), baseUrl };
}

async function spawnNextInstance(variables: Record<string, string | undefined>) {
  const port = await freePort();
  const baseUrl = `http://localhost:${port}`;
  const env: Record<string, string | undefined> = {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    // As `npm start` runs it: Node's 16 KiB header limit would answer a long URL with a bare 431.
    NODE_OPTIONS: '--max-http-header-size=131072',
    AUTH_TRUST_HOST: 'true',
    AUTH_URL: baseUrl,
    SITE_URL: baseUrl,
    // A test server, not a deployment: it may use PGlite, the demo data and the dev mailbox
    // (production refuses all three otherwise, lib/env-production.ts).
    NOT_A_DEPLOYMENT: '1',
    ...variables,
  };
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete env[key];
  // Without a Resend key, production must be told that email stays in the outbox.
  if (!env.RESEND_API_KEY && !env.MAIL_TRANSPORT) env.MAIL_TRANSPORT = 'outbox-only';
  const child = spawn('npx', ['next', 'start', '-p', String(port)], {
    cwd: root,
    env: env as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const output: string[] = [];
  child.stdout?.on('data', (d) => {
    output.push(d.toString());
    if (process.env.APP_SERVER_VERBOSE) process.stdout.write(d);
  });
  child.stderr?.on('data', (d) => {
    output.push(d.toString());
    process.stderr.write(d);
  });
  return { child, baseUrl, output };
}
