// Production fails closed: `next start` with NODE_ENV=production refuses to start, naming every
// problem at once, instead of running on the embedded database with the demo admin accounts.
// And several instances started together on one empty PostgreSQL database all come up.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { describe, expect, it } from 'vitest';
import { createTestDatabase, startNextInstance, tryStartNextInstance } from '../../support/next-instances';

const migrationsFolder = path.join(process.cwd(), 'db/migrations');

describe('a production start', () => {
  it('refuses a laptop-style environment, naming each problem, and creates no database', async () => {
    const dataDir = path.join(mkdtempSync(path.join(tmpdir(), 'ef-refused-')), 'pglite');
    try {
      const { exitCode, output } = await tryStartNextInstance({
        NOT_A_DEPLOYMENT: undefined,
        DATABASE_URL: undefined,
        PGLITE_DATA_DIR: dataDir,
        AUTH_SECRET: undefined,
        AUTH_URL: undefined,
        SITE_URL: 'http://erhvervsforum.example.dk',
        ENABLE_DEV_MAILBOX: '1',
        SEED_DEMO_DATA: '1',
        RESEND_API_KEY: undefined,
        MAIL_TRANSPORT: 'resend',
      });
      expect(exitCode).not.toBe(null);
      expect(exitCode).not.toBe(0);
      expect(output).toContain('Refusing to start');
      for (const name of ['DATABASE_URL', 'AUTH_SECRET', 'AUTH_URL', 'SITE_URL: must be an https address', 'ENABLE_DEV_MAILBOX', 'SEED_DEMO_DATA', 'RESEND_API_KEY']) {
        expect(output).toContain(name);
      }
      // Nothing was opened, so no embedded database and no demo accounts.
      expect(existsSync(dataDir)).toBe(false);
    } finally {
      rmSync(path.dirname(dataDir), { recursive: true, force: true });
    }
  });

  it('refuses to run without a Resend key unless MAIL_TRANSPORT=outbox-only says so', async () => {
    const { exitCode, output } = await tryStartNextInstance({
      DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none',
      AUTH_SECRET: 'a-secret-long-enough-for-production-0123456789',
      RESEND_API_KEY: undefined,
      MAIL_TRANSPORT: 'resend',
    });
    expect(exitCode).not.toBe(null);
    expect(exitCode).not.toBe(0);
    expect(output).toMatch(/RESEND_API_KEY: required in production/);
    expect(output).not.toMatch(/- (DATABASE_URL|AUTH_SECRET|AUTH_URL|SITE_URL)/);
  });
});

const serverUrl = process.env.TEST_DATABASE_URL;

describe.skipIf(!serverUrl)('two instances started together on one empty database', () => {
  it('both come up and the migrations are applied once', async () => {
    const database = await createTestDatabase(serverUrl!, 'ef_start2');
    const env = { DATABASE_URL: database.url, AUTH_SECRET: 'test-secret-shared-by-both-instances-0123456789abcdef', ENABLE_DEV_MAILBOX: undefined };
    const started = await Promise.allSettled([startNextInstance(env), startNextInstance(env)]);
    try {
      expect(started.map((s) => s.status)).toEqual(['fulfilled', 'fulfilled']);
      for (const s of started) {
        if (s.status !== 'fulfilled') continue;
        const health = await fetch(`${s.value.baseUrl}/api/health`);
        expect(health.status).toBe(200);
        expect(await health.json()).toMatchObject({ status: 'ok', migrations: 'current' });
      }
      const sql = postgres(database.url, { max: 1, onnotice: () => {} });
      try {
        const applied = await sql`select hash from drizzle.__drizzle_migrations`;
        expect(applied).toHaveLength(readMigrationFiles({ migrationsFolder }).length);
      } finally {
        await sql.end();
      }
    } finally {
      await Promise.all(started.map((s) => (s.status === 'fulfilled' ? s.value.stop() : undefined)));
      await database.drop();
    }
  });
});
