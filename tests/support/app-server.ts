// Global setup of the `app` test project: builds the app when the build is missing or older than
// the sources, then starts `next start` on a free port with a database of its own and the demo
// data, and tells the tests its address (inject('baseUrl')).
import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { createTestDatabase, startNextInstance } from './next-instances';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The app server's PostgreSQL database ('' on PGlite, which only the server process can open). */
    appDatabaseUrl: string;
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

export default async function setup(project: TestProject) {
  if (process.env.SKIP_BUILD !== '1' && buildIsStale()) {
    console.log('[app tests] building the app (next build) …');
    // vitest sets NODE_ENV=test; a build must be the production build a newcomer and CI serve
    // (next.config.ts decides production-only headers such as HSTS at build time).
    execSync('npx next build', {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
    });
  }

  // Every server below gets a fresh database, so cached reads and pages that an earlier server
  // (another run, or a manual `next start`) stored under .next belong to another database:
  // a meeting id from there would not exist here.
  for (const dir of ['.next/cache/fetch-cache', '.next/server/route-cache']) {
    rmSync(path.join(root, dir), { recursive: true, force: true });
  }

  const variables: Record<string, string | undefined> = {
    AUTH_SECRET: 'test-secret-for-the-app-test-project-only-0123456789',
    ENABLE_DEV_MAILBOX: '1',
    SEED_DEMO_DATA: '1',
    CRON_SECRET: 'test-cron-secret',
    RESEND_API_KEY: undefined,
    // A test server, not a deployment (see .env.example): PGlite, demo data and the dev mailbox
    // are allowed, and email stays in the outbox.
    NOT_A_DEPLOYMENT: '1',
    MAIL_TRANSPORT: 'outbox-only',
  };

  let dropDatabase: (() => Promise<void>) | undefined;
  let dataDir: string | undefined;
  if (process.env.TEST_DATABASE_URL) {
    const database = await createTestDatabase(process.env.TEST_DATABASE_URL, 'ef_app');
    variables.DATABASE_URL = database.url;
    dropDatabase = database.drop;
  } else {
    dataDir = mkdtempSync(path.join(tmpdir(), 'ef-app-pglite-'));
    variables.DATABASE_URL = undefined;
    variables.PGLITE_DATA_DIR = dataDir;
  }

  const { baseUrl, stop, output } = await startNextInstance(variables);
  project.provide('baseUrl', baseUrl);
  project.provide('appDatabaseUrl', variables.DATABASE_URL ?? '');

  return async () => {
    await stop();
    await dropDatabase?.();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    // Each layout or page sends the browser only the texts its client components read
    // (app/_components/i18n/client-messages.tsx). A text left out shows as its key and the server
    // logs MISSING_MESSAGE while rendering: any page the tests opened that did so fails the run.
    const missing = [...new Set(output().match(/MISSING_MESSAGE[^\n]*/g) ?? [])];
    if (missing.length) throw new Error(`texts missing on pages the tests rendered:\n${missing.join('\n')}`);
  };
}
