// Global setup of the `app` test project: builds the app when the build is missing or older than
// the sources, then starts `next start` on a free port with a database of its own and the demo
// data, and tells the tests its address (inject('baseUrl')).
import { execSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

// import.meta.url, not __dirname: scripts/lighthouse.ts imports this module as plain ESM (tsx).
const root = fileURLToPath(new URL('../..', import.meta.url));

export function buildIsStale(): boolean {
  const buildId = path.join(root, '.next/BUILD_ID');
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  const newer = execSync(
    `find app lib db emails proxy.ts instrumentation.ts next.config.ts package.json -newer .next/BUILD_ID -type f | head -1`,
    { cwd: root, encoding: 'utf8' },
  ).trim();
  return newer !== '' || built === 0;
}

function freePort(): Promise<number> {
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
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`Server at ${url} did not start in ${timeoutMs} ms`);
}

export default async function setup(project: TestProject) {
  if (process.env.SKIP_BUILD !== '1' && buildIsStale()) {
    console.log('[app tests] building the app (next build) …');
    execSync('npx next build', { cwd: root, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  }

  // Every server below gets a fresh database, so cached reads and pages that an earlier server
  // (another run, or a manual `next start`) stored under .next belong to another database:
  // a meeting id from there would not exist here.
  for (const dir of ['.next/cache/fetch-cache', '.next/server/route-cache']) {
    rmSync(path.join(root, dir), { recursive: true, force: true });
  }

  const port = await freePort();
  const baseUrl = `http://localhost:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    AUTH_SECRET: 'test-secret-for-the-app-test-project-only-0123456789',
    AUTH_TRUST_HOST: 'true',
    AUTH_URL: baseUrl,
    SITE_URL: baseUrl,
    ENABLE_DEV_MAILBOX: '1',
    SEED_DEMO_DATA: '1',
    CRON_SECRET: 'test-cron-secret',
  };
  delete env.RESEND_API_KEY;

  let dropDatabase: (() => Promise<void>) | undefined;
  let dataDir: string | undefined;
  if (process.env.TEST_DATABASE_URL) {
    const name = `ef_app_${process.pid}_${Date.now().toString(36)}`;
    const admin = postgres(process.env.TEST_DATABASE_URL, { max: 1, onnotice: () => {} });
    await admin.unsafe(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(process.env.TEST_DATABASE_URL);
    url.pathname = `/${name}`;
    env.DATABASE_URL = url.toString();
    dropDatabase = async () => {
      const a = postgres(process.env.TEST_DATABASE_URL!, { max: 1, onnotice: () => {} });
      await a.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    };
  } else {
    delete env.DATABASE_URL;
    dataDir = mkdtempSync(path.join(tmpdir(), 'ef-app-pglite-'));
    env.PGLITE_DATA_DIR = dataDir;
  }

  const child = spawn('npx', ['next', 'start', '-p', String(port)], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  child.stdout?.on('data', (d) => process.env.APP_SERVER_VERBOSE && process.stdout.write(d));
  child.stderr?.on('data', (d) => process.stderr.write(d));
  await waitForServer(`${baseUrl}/api/me`, child);
  project.provide('baseUrl', baseUrl);

  return async () => {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
    await new Promise((r) => setTimeout(r, 500));
    await dropDatabase?.();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
}
